from tests.conftest import assert_problem, settings_for

from service.app import create_app


def test_health_is_always_ok(client):
    response = client.get("/health")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


def test_ready_reports_counts_and_versions(client):
    body = client.get("/ready").get_json()
    assert body["status"] == "ready"
    assert body["articles"] == 5
    assert body["passages"] > 30 and body["facts"] > 20
    assert body["schema_version"] >= 1 and body["extractor_version"]


def test_ready_is_503_without_an_index(tmp_path):
    client = create_app(settings_for(tmp_path)).test_client()
    body = assert_problem(client.get("/ready"), 503)
    assert "no index" in body["detail"]
    assert client.get("/health").status_code == 200
