"""The article page in real headless Chromium (Debian's /usr/bin/chromium, never downloaded)."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker
from onrecord.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTICLE = ("<script>window.pwned = true</script>The council met on Tuesday to settle the budget.\n\n"
           "“We will not raise taxes this year,” said Marta Ilic, the council leader, after the vote. "
           "Opposition members said the plan left the libraries short of money.\n\n"
           "“Libraries are where this city reads,” a librarian told reporters.\n")


def span_of(part: str) -> Span:
    start = ARTICLE.index(part)
    return Span(start, start + len(part))


def _quotes() -> list[Quote]:
    return [
        Quote(content=[span_of("“We will not raise taxes this year,”")], cue=[span_of("said")],
              source=[span_of("Marta Ilic")], speaker=Speaker("Marta Ilic", "person", "Marta Ilic"), type="direct"),
        Quote(content=[span_of("the plan left the libraries short of money")], cue=[Span(span_of("members said").start + 8, span_of("members said").end)],
              source=[span_of("Opposition members")],
              speaker=Speaker("Opposition members", "anonymous", "Opposition members"), type="indirect"),
        Quote(content=[span_of("“Libraries are where this city reads,”")], cue=[span_of("told")],
              source=[span_of("a librarian")], speaker=Speaker("librarian", "anonymous", "a librarian"),
              type="direct"),
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} missing: .ci/setup installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (bash .ci/setup installs it)")
    pytest.importorskip("playwright", reason="playwright is a test dependency: pip install -e '.[test]'")
    import uvicorn

    from onrecord.web import create_app

    store = Store(str(tmp_path / "browser.db"))
    store.save(ExtractedDocument(Document(id="council", text=ARTICLE, outlet="Civic Times",
                                          published="2024-05-14"), _quotes()), "1.0")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture()
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _screenshot(page, tmp_path: Path, name: str) -> None:
    """Kept in tmp_path; ONRECORD_SCREENSHOTS=dir also copies it there for a person to look at."""
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("ONRECORD_SCREENSHOTS"):
        shutil.copy(path, Path(os.environ["ONRECORD_SCREENSHOTS"]) / name)


def test_clicking_an_attribution_shows_its_speaker_and_links_to_them(server, browser, tmp_path):
    base, store = server
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{base}/articles/{store.document_id(ARTICLE)}")
    assert page.evaluate("window.pwned") is None and dialogs == []
    assert "<script>window.pwned = true</script>" in page.inner_text("#article-text")

    panel = page.locator("#attribution-panel")
    assert panel.is_hidden()
    page.locator("mark.hl-content", has_text="Libraries are where").first.click()
    assert panel.is_visible()
    assert "librarian" in panel.inner_text() and "anonymous" in panel.inner_text()
    assert page.locator("mark.selected").count() >= 3
    _screenshot(page, tmp_path, "article-desktop.png")

    page.locator("mark.hl-source", has_text="Marta Ilic").click()
    panel.get_by_role("link", name="Marta Ilic").click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text().startswith("Marta Ilic")
    assert page.locator(".timeline svg rect").count() == 1


def test_article_page_fits_a_phone_screen(server, browser, tmp_path):
    base, store = server
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page.goto(f"{base}/articles/{store.document_id(ARTICLE)}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("mark.hl-cue", has_text="told").click()
    assert "librarian" in page.locator("#attribution-panel").inner_text()
    _screenshot(page, tmp_path, "article-phone.png")
