"""Swagger UI in a real headless Chromium, with every non-loopback request blocked."""

import os
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

pytestmark = [pytest.mark.server, pytest.mark.browser]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # `make test` checks it first
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(live_server):
    blocked = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context()

        def only_loopback(route):
            host = urlparse(route.request.url).hostname
            if host in ("127.0.0.1", "localhost"):
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort()

        context.route("**/*", only_loopback)
        page = context.new_page()
        page.blocked = blocked
        yield page
        browser.close()


def test_try_it_out_on_passages_returns_200(page, live_server):
    page.goto(live_server.url + "/docs", wait_until="networkidle")
    operation = page.locator("div.opblock.opblock-get:has(.opblock-summary-path[data-path='/v1/passages'])")
    operation.locator(".opblock-summary").click()
    operation.locator("button.try-out__btn").click()
    operation.locator("tr[data-param-name='q'] input").fill("ATACMS")
    operation.locator("button.execute").click()
    status = operation.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for(timeout=15000)
    assert status.inner_text().strip().startswith("200")
    assert "ATACMS" in operation.locator(".live-responses-table tbody").inner_text()
    assert page.blocked == []


def test_page_renders_every_resource(page, live_server):
    page.goto(live_server.url + "/docs", wait_until="networkidle")
    text = page.locator(".swagger-ui").inner_text()
    for tag in ("articles", "passages", "facts", "entities", "health"):
        assert tag in text
    assert page.locator("button.authorize").count() == 1
