"""Transcripts and releases over the API: speaker turns become speakers, labels never reach the text, and
articles carry and filter by their document kind. The texts were written for these tests."""

from tests.conftest import assert_problem

BRIEFING = """Department of Defense Press Briefing by Deputy Press Secretary Sabrina Singh

DEPUTY PRESS SECRETARY SABRINA SINGH: Good afternoon, everyone. I have a few things to announce at the top.

The department will send a new package of air defense interceptors to Ukraine next week.
The package is worth $275 million and includes artillery rounds.

Q: Thank you, Sabrina. Can you say whether the interceptors will arrive before winter?

MS. SINGH: They will arrive before the end of December. Our logistics teams are working around the clock.

Q: And on the patrol boats?

MS. SINGH: Both patrol boats were delivered to the coast guard on Tuesday.

MS. SINGH: Thank you, everyone.
"""

RELEASE = """Harbor Statistics Office releases quarterly shipping figures

Container traffic rose by 6.4 percent in the third quarter compared with the same quarter a year earlier.

Bulk cargo volumes fell to 18.2 million tonnes, the lowest level in five years, while passenger ferries carried 2.1
million travellers.
"""


def test_a_posted_briefing_gives_singhs_statements_without_labels(writable_client, auth):
    response = writable_client.post("/v1/articles", json={"text": BRIEFING}, headers=auth)
    assert response.status_code == 201, response.get_json()
    article = response.get_json()
    assert article["kind"] == "transcript"
    body = writable_client.get("/v1/facts", query_string={"speaker": "Singh", "limit": 50}).get_json()
    ours = [f for f in body["items"] if f["article_id"] == article["id"]]
    texts = [f["text"] for f in ours]
    assert "Both patrol boats were delivered to the coast guard on Tuesday." in texts
    assert "The package is worth $275 million and includes artillery rounds." in texts
    for fact in ours:
        assert "SINGH:" not in fact["text"] and not fact["text"].startswith("Q:")
        assert "?" not in fact["text"] and not fact["text"].startswith(("Thank you", "Good afternoon"))
        assert fact["attribution"]["speaker"] == "Sabrina Singh" and fact["attribution"]["direct"] is True
    passages = writable_client.get("/v1/passages", query_string={"q": "patrol boats"}).get_json()["items"]
    assert passages and all("SINGH:" not in p["text"] and not p["text"].startswith("Q:") for p in passages)
    text = writable_client.get(f"/v1/articles/{article['id']}").get_json()["text"]
    assert all(text[p["start"]:p["end"]] == p["text"] for p in passages)


def test_the_sidecar_publisher_speaks_for_a_release_and_kind_filters_articles(writable_client, auth):
    response = writable_client.post("/v1/articles", json={"text": RELEASE, "publisher": "Harbor Statistics Office",
                                                           "kind": "release"}, headers=auth)
    assert response.status_code == 201, response.get_json()
    article = response.get_json()
    assert article["kind"] == "release"
    facts = writable_client.get("/v1/facts", query_string={"speaker": "Harbor Statistics Office"}).get_json()
    texts = [f["text"] for f in facts["items"] if f["article_id"] == article["id"]]
    assert any(t.startswith("Container traffic rose by 6.4 percent") for t in texts), texts
    listed = writable_client.get("/v1/articles", query_string={"kind": "release"}).get_json()
    assert [a["id"] for a in listed["items"]] == [article["id"]]
    news = writable_client.get("/v1/articles", query_string={"kind": "news"}).get_json()
    assert news["total"] == 5 and all(a["kind"] == "news" for a in news["items"])


def test_an_unknown_kind_is_a_400(client):
    assert_problem(client.get("/v1/articles?kind=blog"), 400)
