"""HTTP conventions: gzip, ETag/304, Cache-Control, Vary, security headers, CORS, Link paging, JSON-LD links."""

import gzip
import re

import pytest
import yaml

from service.app import create_app
from service.routes.headers import HEADERS
from service.routes.spec import spec_as_yaml
from tests.conftest import settings_for

GZIP = {"Accept-Encoding": "gzip"}


def test_large_json_is_gzipped_when_accepted(client):
    plain = client.get("/v1/passages?limit=50")
    zipped = client.get("/v1/passages?limit=50", headers=GZIP)
    assert "Content-Encoding" not in plain.headers and len(plain.data) >= 1024
    assert zipped.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped.headers["Vary"]
    assert gzip.decompress(zipped.data) == plain.data
    assert int(zipped.headers["Content-Length"]) == len(zipped.data) < len(plain.data)


def test_small_responses_are_not_gzipped(client):
    response = client.get("/health", headers=GZIP)
    assert "Content-Encoding" not in response.headers and response.get_json() == {"status": "ok"}


def test_the_swagger_bundle_is_gzipped_and_still_revalidates(client):
    plain = client.get("/_swagger-ui/swagger-ui-bundle.js")
    zipped = client.get("/_swagger-ui/swagger-ui-bundle.js", headers=GZIP)
    assert len(plain.data) > 1_000_000 and zipped.headers["Content-Encoding"] == "gzip"
    assert len(zipped.data) < len(plain.data) / 2 and gzip.decompress(zipped.data) == plain.data
    assert zipped.headers["ETag"].startswith('W/"')
    again = client.get("/_swagger-ui/swagger-ui-bundle.js", headers={**GZIP, "If-None-Match": zipped.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    plain.close(), zipped.close(), again.close()


def test_reads_carry_an_etag_and_answer_304(client):
    first = client.get("/v1/facts?about=ATACMS")
    etag = first.headers["ETag"]
    assert first.status_code == 200 and first.headers["Cache-Control"] == "no-cache"
    second = client.get("/v1/facts?about=ATACMS", headers={"If-None-Match": etag})
    assert second.status_code == 304 and second.data == b"" and second.headers["ETag"] == etag
    assert "Accept-Encoding" in second.headers["Vary"]
    assert client.get("/v1/facts?about=Russia", headers={"If-None-Match": etag}).status_code == 200


def test_etag_depends_on_accept(client):
    claim_id = client.get("/v1/claims?limit=1").get_json()["items"][0]["id"]
    as_json = client.get(f"/v1/claims/{claim_id}")
    as_ld = client.get(f"/v1/claims/{claim_id}", headers={"Accept": "application/ld+json"})
    assert as_json.headers["ETag"] != as_ld.headers["ETag"]
    assert "Accept" in as_json.headers["Vary"] and "Accept" in as_ld.headers["Vary"]
    assert as_ld.mimetype == "application/ld+json"


def test_etag_changes_when_the_index_changes(writable_client, auth):
    from tests.routes.test_article_writes import NEW_ARTICLE

    before = writable_client.get("/v1/articles").headers["ETag"]
    assert writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers=auth).status_code == 201
    after = writable_client.get("/v1/articles", headers={"If-None-Match": before})
    assert after.status_code == 200 and after.headers["ETag"] != before


def test_writes_and_probes_are_not_stored(writable_client, auth):
    assert writable_client.post("/v1/articles", json={"text": "x"}, headers=auth).headers["Cache-Control"] == "no-store"
    for path in ("/health", "/ready", "/metrics"):
        assert writable_client.get(path).headers["Cache-Control"] == "no-store"
    assert writable_client.get("/v1/passages/nope").headers["Cache-Control"] == "no-store"


def test_security_headers_everywhere(client):
    for path in ("/health", "/v1/passages?q=ATACMS", "/v1/nothing", "/openapi.json"):
        response = client.get(path)
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_docs_page_csp_allows_exactly_its_own_inline_script(client):
    response = client.get("/docs")
    csp = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0]
    assert len(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", csp)) == response.get_data().count(b"<script>")
    assert "connect-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_no_cors_headers_unless_configured(client):
    response = client.get("/health", headers={"Origin": "https://app.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.fixture
def cors_client(built_corpus):
    return create_app(settings_for(built_corpus, cors_origins=("https://app.example",),
                                   protect_reads=True, api_keys=("k",))).test_client()


def test_cors_for_a_configured_origin(cors_client):
    response = cors_client.get("/v1/articles", headers={"Origin": "https://app.example", "Authorization": "Bearer k"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "ETag" in response.headers["Access-Control-Expose-Headers"] and "Origin" in response.headers["Vary"]
    other = cors_client.get("/v1/articles", headers={"Origin": "https://evil.example", "Authorization": "Bearer k"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_cors_preflight_is_answered_before_the_key_check(cors_client):
    response = cors_client.options("/v1/articles", headers={
        "Origin": "https://app.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Content-Type"})
    assert response.status_code == 204
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in response.headers["Access-Control-Allow-Headers"]
    assert response.headers["Access-Control-Allow-Origin"] == "https://app.example"
    refused = cors_client.options("/v1/articles", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in refused.headers


def _link_next(response):
    match = re.fullmatch(r'<([^>]+)>; rel="next"', response.headers.get("Link", ""))
    return match.group(1) if match else None


def test_paged_lists_link_to_the_next_page(client):
    first = client.get("/v1/passages?q=Russia&limit=2")
    total = first.get_json()["total"]
    assert total > 4
    url = _link_next(first)
    assert url.startswith("/v1/passages?") and "q=Russia" in url and "offset=2" in url and "limit=2" in url
    second = client.get(url).get_json()
    assert second["offset"] == 2 and second["items"][0]["id"] != first.get_json()["items"][0]["id"]
    last = client.get(f"/v1/passages?q=Russia&limit=2&offset={total - 1}")
    assert "Link" not in last.headers


def test_every_list_links_its_next_page(client):
    for path in ("/v1/articles?limit=1", "/v1/facts?limit=1", "/v1/claims?limit=1", "/v1/entities?limit=1"):
        assert "offset=1" in _link_next(client.get(path)), path


def test_jsonld_links_ignore_the_host_header(built_corpus):
    app = create_app(settings_for(built_corpus, host="10.9.8.7", port=8123))
    client = app.test_client()
    claim_id = client.get("/v1/claims?limit=1").get_json()["items"][0]["id"]
    body = client.get(f"/v1/claims/{claim_id}", headers={"Accept": "application/ld+json",
                                                         "Host": "attacker.example"}).get_data(as_text=True)
    assert "attacker.example" not in body and "http://10.9.8.7:8123/v1/" in body
    public = create_app(settings_for(built_corpus, public_url="https://claims.example")).test_client()
    body = public.get(f"/v1/claims/{claim_id}", headers={"Accept": "application/ld+json",
                                                         "Host": "attacker.example"}).get_data(as_text=True)
    assert "attacker.example" not in body and "https://claims.example/v1/" in body


# -- the spec declares the conventional headers each response is sent with -------------------------------------

def _declared(spec: dict, path: str, method: str, status: int) -> dict:
    response = spec["paths"][path][method]["responses"][str(status)]
    out = {}
    for name, header in response.get("headers", {}).items():
        if "$ref" in header:
            header = spec["components"]["headers"][header["$ref"].rsplit("/", 1)[1]]
        out[name] = header
    return out


@pytest.mark.parametrize("url, path, status", [
    ("/health", "/health", 200),
    ("/ready", "/ready", 200),
    ("/v1/facts?about=ATACMS&limit=1", "/v1/facts", 200),
    ("/v1/claims?limit=1", "/v1/claims", 200),
    ("/v1/passages?q=ATACMS&limit=1", "/v1/passages", 200),
    ("/v1/entities?limit=1", "/v1/entities", 200),
    ("/v1/articles?limit=1", "/v1/articles", 200),
    ("/v1/facts?dimension=weight", "/v1/facts", 400),
    ("/v1/facts/nope-f1", "/v1/facts/{fact_id}", 404),
])
def test_the_conventional_headers_sent_are_the_declared_ones(client, url, path, status):
    spec = yaml.safe_load(spec_as_yaml(client.application))
    response = client.get(url, headers=GZIP)
    assert response.status_code == status
    declared = _declared(spec, path, "get", status)
    sent = {name for name in HEADERS if name in response.headers}
    assert sent == set(declared) & set(HEADERS), (sent, set(declared))  # Link: these pages all have a next one
    for name, header in declared.items():
        if header.get("required"):
            assert name in response.headers
    assert declared["X-Request-ID"]["required"]


def test_negotiated_bodies_declare_that_they_vary_on_accept(client):
    spec = yaml.safe_load(spec_as_yaml(client.application))
    claim = client.get("/v1/claims?limit=1").get_json()["items"][0]
    response = client.get(f"/v1/claims/{claim['id']}")
    declared = _declared(spec, "/v1/claims/{claim_id}", "get", 200)
    assert "Accept" in response.headers["Vary"] and "Accept" in declared["Vary"]["example"]
    assert {"ETag", "Cache-Control", "X-Request-ID"} <= set(declared) and "Link" not in declared
    assert "ETag" in response.headers and "Link" not in response.headers
