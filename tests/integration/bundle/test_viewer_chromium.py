"""index.html opened from disk (file://) in the system's headless Chromium, driven by Playwright:
the video loads, chapters and section headings seek, #t= deep links work, every section is
there, nothing is fetched from anywhere else, nothing is logged as an error, and the page fits
a phone's width. Screenshots are kept in the test's tmp folder for a person to look at."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from studio.bundle.exporter import ExportOptions, export_bundle
from studio.bundle.spec import SECTIONS
from studio.store.library import Library
from tests.integration.bundle.conftest import add_take
from tests.integration.realparts import missing
from tests.unit.bundle.sample import require, stored_brief

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# After the head trim of 0.5 s: where each chapter starts in the bundle's video.
STARTS = {"Summary": 0.0, "Planning": 1.5, "Cost estimate": 3.5, "Expected results": 5.5}

pytestmark = pytest.mark.slow


def playwright_api() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install -e '.[dev]')")
    return sync_playwright


def unpacked(library: Library, folder: Path, with_video: bool, clip: Path) -> Path:
    folder.parent.mkdir(parents=True)
    brief = stored_brief(library, {"notes.txt": b"Read me.\n"})
    if with_video:
        add_take(library, brief, clip, trim_start=0.5, trim_end=7.5)
    bundle = export_bundle(
        library, brief.id, folder.parent, ExportOptions(include_video=with_video)
    )
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(folder)
    return folder / "index.html"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, clip: Path) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("viewer")
    library = Library.open(root / "data")
    try:
        return {
            "video": unpacked(library, root / "with-video" / "bundle", True, clip),
            "plain": unpacked(library, root / "plain" / "bundle", False, clip),
        }
    finally:
        library.close()


@dataclass
class Browser:
    page: Any
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def failed(self, url: str, why: str) -> None:
        # A player stops fetching once it has what it needs (preload="metadata", a seek):
        # Chromium reports that as an aborted request. Anything else is a problem.
        if not (url.endswith(".mp4") and "ERR_ABORTED" in why):
            self.problems.append(f"failed: {url} ({why})")

    def open(self, index: Path, fragment: str = "") -> None:
        self.page.goto(index.as_uri() + fragment)
        self.page.wait_for_load_state("load")

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    executable = require("chromium")
    with playwright_api()() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile each time
            executable_path=executable,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        page = context.new_page()
        seen = Browser(page)
        page.on("request", lambda r: seen.requests.append(r.url))
        page.on("requestfailed", lambda r: seen.failed(r.url, r.failure or ""))
        page.on("pageerror", lambda error: seen.problems.append(f"page error: {error}"))
        page.on(
            "console",
            lambda m: seen.problems.append(f"console: {m.text}") if m.type == "error" else None,
        )
        try:
            yield seen
        finally:
            context.close()


def only_local(browser: Browser, index: Path) -> None:
    folder = index.parent.as_uri() + "/"
    assert browser.requests, "the page loaded nothing?"
    outside = [url for url in browser.requests if not url.startswith(folder)]
    assert outside == [], "requests outside the bundle"
    assert browser.problems == []


def wait_for_time(browser: Browser, seconds: float) -> float:
    browser.page.wait_for_function(
        f"Math.abs(document.getElementById('video').currentTime - {seconds}) < 0.75",
        timeout=10_000,
    )
    return float(browser.js("document.getElementById('video').currentTime"))


def test_video_chapters_and_sections_seek(browser: Browser, pages: dict[str, Path]) -> None:
    index = pages["video"]
    browser.open(index)
    page = browser.page
    page.wait_for_function("document.getElementById('video').readyState >= 1", timeout=10_000)
    assert browser.js("document.getElementById('video').error") is None
    assert browser.js("document.getElementById('video').duration") == pytest.approx(7.0, abs=0.2)
    ids = browser.js("[...document.querySelectorAll('section')].map(s => s.id)")
    assert ids == [f"section-{key}" for key, _ in SECTIONS]
    for number, (key, title) in enumerate(SECTIONS, 1):
        heading = " ".join(page.locator(f"#section-{key} h2").inner_text().split())
        assert heading.startswith(f"{number}. {title}")

    chapters = page.locator(".chapter")
    assert chapters.count() == len(STARTS)
    for index_, (title, start) in enumerate(reversed(STARTS.items())):
        button = chapters.nth(len(STARTS) - 1 - index_)
        assert title in button.inner_text()
        button.click()
        assert wait_for_time(browser, start) >= start - 0.05
        browser.js("document.getElementById('video').pause()")
        assert button.get_attribute("aria-current") == "true"

    page.locator("#section-costs h2").click()  # a section heading seeks too
    assert wait_for_time(browser, 3.5) >= 3.45
    browser.js("document.getElementById('video').pause()")
    page.locator("#section-planning .seek").click()
    assert wait_for_time(browser, 1.5) >= 1.45
    browser.js("document.getElementById('video').pause()")
    only_local(browser, index)


def test_deep_link_from_the_pdf(browser: Browser, pages: dict[str, Path]) -> None:
    browser.open(pages["video"], "#t=5.5")
    assert wait_for_time(browser, 5.5) == pytest.approx(5.5, abs=0.1)
    browser.page.wait_for_function(
        "document.querySelector('#section-results').classList.contains('current')"
    )
    only_local(browser, pages["video"])


def test_phone_width_desktop_and_print(
    browser: Browser, pages: dict[str, Path], tmp_path: Path
) -> None:
    page = browser.page
    browser.open(pages["video"])
    page.wait_for_function("document.getElementById('video').readyState >= 1", timeout=10_000)
    page.screenshot(path=str(tmp_path / "desktop.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(100)
    assert browser.js("document.documentElement.scrollWidth") <= 390, "no sideways scrolling"
    assert browser.js("document.getElementById('video').getBoundingClientRect().width") <= 390
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    page.emulate_media(media="print")
    assert browser.js("getComputedStyle(document.querySelector('.player')).display") == "none"
    assert browser.js("getComputedStyle(document.querySelector('#section-costs')).display") == (
        "block"
    )
    for shot in ("desktop.png", "phone.png"):
        assert (tmp_path / shot).stat().st_size > 10_000
    only_local(browser, pages["video"])


def test_bundle_without_video(browser: Browser, pages: dict[str, Path]) -> None:
    browser.open(pages["plain"])
    ids = browser.js("[...document.querySelectorAll('section')].map(s => s.id)")
    assert ids == [f"section-{key}" for key, _ in SECTIONS]
    assert browser.js("document.querySelectorAll('video, .chapter, .seek').length") == 0
    assert browser.page.locator("a[href^='attachments/']").count() == 1
    only_local(browser, pages["plain"])
