"""Swagger UI is served from the installed package, never from a CDN."""

import re


def test_docs_page_loads_local_assets_only(client):
    html = client.get("/docs").get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/_swagger-ui/") for a in assets), assets
    assert "validatorUrl" in html and "null" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html


def test_swagger_assets_are_served(client):
    html = client.get("/docs").get_data(as_text=True)
    for asset in re.findall(r'(?:src|href)="(/_swagger-ui/[^"]+)"', html):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert len(response.data) > 100


def test_spec_is_served_as_json_and_yaml(client):
    assert client.get("/openapi.json").get_json()["info"]["title"] == "Claimdex"
    response = client.get("/openapi.yaml")
    assert response.status_code == 200 and response.data.startswith(b"openapi: 3.1.0")
