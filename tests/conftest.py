"""Shared fixtures: the built site, served like GitHub Pages, and a real browser (Debian's chromium).

`make test` builds the site before pytest runs; these fixtures never build it themselves,
so a stale or missing site/ fails loudly instead of being silently rebuilt.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from ictsite.charts import all_charts
from ictsite.chromium import CHROMIUM, CHROMIUM_ARGS
from ictsite.data import load_dataset
from ictsite.lang import LANGS
from ictsite.pages import page_for_path
from ictsite.paths import DATA, ROOT, SITE
from ictsite.serve import start_in_background
from ictsite.site.manifest import MANIFEST
from ictsite.site.releasepages import site_pages

SUBPATH = "/ict-trade-story/"

# Every public page: the fixed ones and one per release (read from data/, as the build does).
SITE_PAGES = site_pages(load_dataset())
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


# ---- the source article --------------------------------------------------------------------

ARTICLE = Path("shared/seed/000_73f4d05705896842.txt")  # next to the checkout: ../shared/seed/


def _article_candidates() -> list[Path]:
    """ICT_ARTICLE if set; ../shared/seed/ beside this checkout; and, for a clean clone of a local
    repository (as CI makes), beside the repository it was cloned from."""
    places = [Path(os.environ["ICT_ARTICLE"])] if os.environ.get("ICT_ARTICLE") else []
    places.append(ROOT.parent / ARTICLE)
    origin = subprocess.run(["git", "-C", str(ROOT), "remote", "get-url", "origin"],
                            capture_output=True, text=True).stdout.strip()
    if origin and Path(origin).is_dir():
        places.append(Path(origin).resolve().parent / ARTICLE)
    return places


@pytest.fixture(scope="session")
def article_text() -> str:
    """The article this site is built from. In CI (CI set) its absence fails the run: the tests
    that read it may not silently skip there."""
    places = _article_candidates()
    found = next((f for f in places if f.is_file()), None)
    if found is None:
        message = f"the source article is in none of {[str(f) for f in places]} (set ICT_ARTICLE)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found.read_text(encoding="utf-8")


# ---- a site built from a copy of the repository ---------------------------------------------

# The site has never moved a page, so the copy's manifest moves two, one of them into another
# page's section: the redirect tests then run on pages the build itself wrote.
MOVED = {"/method/": "/data/#method-notes", "/trade-regions/": "/regions/"}
# Not copied: what the build makes or the machine installs. The copy's build uses this checkout's
# .venv, and imports the copy's scripts/ (PYTHONPATH), so nothing it writes lands in the repository.
NOT_COPIED_AT_ROOT = {".git", ".venv", ".lockenv", "site", ".cache", ".pytest_cache"}
NOT_COPIED = {"node_modules", "__pycache__"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    at_root = Path(folder) == ROOT
    return {n for n in names if n in NOT_COPIED or n.endswith(".egg-info") or (at_root and n in NOT_COPIED_AT_ROOT)}


def copy_repository(dst: Path) -> Path:
    shutil.copytree(ROOT, dst, ignore=_ignore, symlinks=True)
    return dst


def build_site(src: Path) -> Path:
    """`make site` in a copy of the repository (cold: no notebook cache); returns its site/."""
    venv = Path(sys.prefix)
    shutil.rmtree(src / ".cache", ignore_errors=True)
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout.strip() or "0"
    env = dict(os.environ, PYTHONPATH=str(src / "scripts"), NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=epoch)
    # -o: the copy's pyproject.toml must never trigger a reinstall of this checkout's .venv.
    run = subprocess.run(["make", "--no-print-directory", "-C", str(src), "-o", str(venv / ".installed"),
                          f"VENV={venv}", "site"], env=env, capture_output=True, text=True)
    assert run.returncode == 0, f"make site in a copy failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return src / "site"


@dataclass
class CopyBuild:
    src: Path   # the copy of the repository
    site: Path  # what `make site` built from it

    def redirects(self) -> dict[str, str]:
        """The redirects in the copy's URL manifest: MOVED, and any the repository has."""
        return yaml.safe_load((self.src / MANIFEST.relative_to(ROOT)).read_text(encoding="utf-8"))["redirects"]


def shared_build(tmp_path_factory, name: str, change) -> CopyBuild:
    """The repository, copied, changed by `change(copy)`, built with `make site`.

    Built once per run: under pytest-xdist the workers share one temporary folder, and the first
    to need the build makes it while the others wait on a lock."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # popen-gwN/ → the run's folder, the same for every worker
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "site").is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            src = copy_repository(folder / "repo")
            change(src)
            build_site(src).rename(folder / "site")
    return CopyBuild(folder / "repo", folder / "site")


def _move_pages(src: Path) -> None:
    manifest = src / MANIFEST.relative_to(ROOT)
    promised = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    promised["redirects"] = {**(promised.get("redirects") or {}), **MOVED}
    manifest.write_text(yaml.safe_dump(promised, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="session")
def moved_build(tmp_path_factory) -> CopyBuild:
    """The repository, copied, with the redirects in MOVED added to its URL manifest, built."""
    return shared_build(tmp_path_factory, "moved_build", _move_pages)


@pytest.fixture(scope="session")
def new_year_build(tmp_path_factory) -> CopyBuild:
    """The repository, copied, with a synthetic next year appended to its data/ the way a maintainer
    adds a release (tests/data/helpers.py: append_synthetic_year), built in both languages."""
    from tests.data.helpers import append_synthetic_year
    return shared_build(tmp_path_factory, "new_year_build", lambda src: append_synthetic_year(src / "data"))


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
    requests: list[str] = field(default_factory=list)  # every URL asked for, in order

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
        w.requests.append(req.url)
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


# ---- helpers for the browser tests ----------------------------------------------------------

SLUG = {"overview": "index"}  # chart page name → site page slug, where they differ
PAGE_BY_SLUG = {p.slug: p for p in SITE_PAGES}
ALL_CHARTS = all_charts(load_dataset())  # the story's charts and each release's


def _slug_of(chart) -> str:
    """The slug of the page a chart sits on (a release chart names its page by path)."""
    return page_for_path(chart.page).slug if chart.page.startswith("/") else SLUG.get(chart.page, chart.page)


CHART_PAGES = sorted({_slug_of(c) for c in ALL_CHARTS})
PLAIN_PAGES = [p.slug for p in SITE_PAGES if p.slug not in CHART_PAGES]
AXE = ROOT / "scripts/node/node_modules/axe-core/axe.min.js"

ALL_LIVE = ("() => [...document.querySelectorAll('figure[data-ict-chart]')]"
            ".every(f => f.dataset.ictState === 'live' && f.querySelector('.ict-chart__live .main-svg'))")


def charts_on(slug: str) -> list[str]:
    return [c.id for c in ALL_CHARTS if _slug_of(c) == slug]


def url(server, slug: str, lang: str) -> str:
    """The address of a page on a test server."""
    return server.base_url + PAGE_BY_SLUG[slug].url(lang).lstrip("/")


def read_through(p) -> None:
    """From the top, scroll down the page in reader-sized steps (back/forward may restore a
    position below the charts, from where a reader would not reach them), then wait until every
    chart is live. Each step waits until the page has moved and been drawn there, so the
    charts' IntersectionObserver has seen it; no step waits a fixed time."""
    p.evaluate("window.scrollTo({top: 0, behavior: 'instant'})")
    while True:
        y = p.evaluate("scrollY")
        if y >= p.evaluate("document.documentElement.scrollHeight - innerHeight - 1"):
            break
        p.mouse.wheel(0, 500)
        # Polled once per animation frame: true only on a frame drawn after the scroll.
        p.wait_for_function("y => scrollY > y", arg=y)
    try:
        p.wait_for_function(ALL_LIVE, timeout=30_000)
    except Exception:
        states = p.eval_on_selector_all(
            "figure[data-ict-chart]", "els => els.map(e => [e.id, e.dataset.ictState, e.dataset.ictError])")
        raise AssertionError(f"charts not live after reading through {p.url}: {states}") from None


# Resolves once the page has nothing left to do: its main thread has been idle (so the work
# queued after `load`, such as Material's start-up and the charts' set-up, has run) and two
# frames have been drawn since (so any layout that work caused has happened and been reported).
SETTLED = """() => new Promise(done => {
  const idle = () => new Promise(r => requestIdleCallback(r, {timeout: 10000}));
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  idle().then(frames).then(idle).then(frames).then(done);
})"""


# No CSS transition still running: a scheme switch fades Material's code and link colours for
# 125-250 ms, and a contrast check made meanwhile measures colours no reader is left with.
NO_TRANSITIONS = "() => !document.getAnimations().some(a => a instanceof CSSTransition && a.playState === 'running')"


def settle(p) -> None:
    p.evaluate(SETTLED)
    p.wait_for_function(NO_TRANSITIONS)


def axe_violations(p, context: str = "document") -> list[str]:
    """axe-core's violations on the page as it is now, one line each."""
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: run `make node` (make test does it)")
    if not p.evaluate("'axe' in window"):
        p.add_script_tag(path=str(AXE))
    result = p.evaluate(f"() => axe.run({context}, {{resultTypes: ['violations']}})")
    return [f"{urlsplit(p.url).path}: {v['id']} ({len(v['nodes'])}×, e.g. {v['nodes'][0]['target']})"
            for v in result["violations"]]
