"""Shared fixtures: the built site, served like GitHub Pages, and a real browser (Debian's chromium).

`make test` builds the site before pytest runs; these fixtures never build it themselves,
so a stale or missing site/ fails loudly instead of being silently rebuilt.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ictsite.chromium import CHROMIUM, CHROMIUM_ARGS
from ictsite.paths import DATA, SITE
from ictsite.serve import start_in_background
from ictsite.data import load_dataset
from ictsite.site.pages import LANGS, PAGES
from ictsite.site.releasepages import release_pages

SUBPATH = "/ict-trade-story/"

# Every public page: the fixed ones and one per release (read from data/, as the build does).
SITE_PAGES = (*PAGES, *release_pages(load_dataset()))
ALL_PAGES = [(page, lang) for lang in LANGS for page in SITE_PAGES]


def page_id(param) -> str:
    page, lang = param
    return f"{lang}:{page.path}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may break or extend."""
    dst = tmp_path / "data"
    shutil.copytree(DATA, dst)
    return dst


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run `make site` (make test does it for you)")
    return SITE


@pytest.fixture(scope="session")
def server(site_dir):
    srv = start_in_background(site_dir)
    yield srv
    srv.shutdown()


@pytest.fixture(scope="session")
def subpath_server(site_dir):
    srv = start_in_background(site_dir, base_path=SUBPATH)
    yield srv
    srv.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install -y chromium (make test does it as root)")
    from playwright.sync_api import sync_playwright
    # Playwright gives every launch a fresh, temporary profile (--user-data-dir) of its own.
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watched:
    """A browser page plus everything it did wrong: console errors, failed and off-host requests."""
    page: object
    host: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    offhost_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return ([f"console: {m}" for m in self.console_errors]
                + [f"failed: {u}" for u in self.failed_requests]
                + [f"off-host: {u}" for u in self.offhost_requests])


def watch(context, host: str) -> Watched:
    page = context.new_page()
    w = Watched(page=page, host=host)
    page.on("console", lambda m: m.type == "error" and w.console_errors.append(m.text))
    page.on("pageerror", lambda e: w.console_errors.append(str(e)))

    def on_request(req):
        parts = urlsplit(req.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != host:
            w.offhost_requests.append(req.url)

    page.on("request", on_request)
    # Leaving a page cancels what it was still fetching (net::ERR_ABORTED), e.g. plotly.js for a
    # chart the last step scrolled to. That is the browser's doing, not a broken link: a missing
    # file still shows up as an HTTP error below, and any other network failure here.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED"
            and w.failed_requests.append(f"{r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and w.failed_requests.append(f"{r.url} ({r.status})"))
    return w


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def phone_context(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
                              has_touch=True)
    yield ctx
    ctx.close()


@pytest.fixture
def watched(context, server) -> Watched:
    return watch(context, urlsplit(server.base_url).netloc)
