"""The site in a real browser (Debian's chromium): every page, both languages, as served.

Each page is opened twice, each time doing all a reader does there, so that no page load is
spent on one check:
- on a slow phone (CPU slowed four times, as Lighthouse's mobile run does: that is what lets the
  first paint happen before Material's script, when header controls used to appear and push the
  language menu aside): it loads without a layout shift and without fetching plotly.js, then the
  reader scrolls through it and every chart comes alive, in its reserved height, without a shift;
- on a desktop, served under a sub-path as on GitHub Pages: it loads without a shift, its charts
  come alive, their CSV downloads are the numbers drawn, axe finds nothing in the live charts, and
  the language switch lands on the same page.
"""
from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit

import pytest

from ictsite.charts.paths import PLOTLY_BUNDLE
from ictsite.lang import split_path

from ..conftest import ALL_PAGES, CHART_PAGES, axe_violations, charts_on, page_id, read_through, settle, url, watch

pytestmark = pytest.mark.browser

# Every layout-shift entry, with what moved and from where to where, so a failure names the culprit.
OBSERVE = """
window.__shifts = [];
const record = list => {
  for (const e of list.getEntries()) {
    window.__shifts.push({
      value: e.value,
      sources: (e.sources || []).map(s => {
        const n = s.node, el = n && (n.nodeType === 1 ? n : n.parentElement);
        const name = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') : '?';
        const r = x => [x.x, x.y, x.width, x.height].map(Math.round).join(',');
        return `${name} from ${r(s.previousRect)} to ${r(s.currentRect)}`;
      }),
    });
  }
};
window.__shiftObserver = new PerformanceObserver(record);
window.__shiftObserver.observe({type: 'layout-shift', buffered: true});
"""
# The entries so far, including those reported but not yet handed to the observer's callback.
SHIFTS = """() => {
  const pending = window.__shiftObserver.takeRecords();
  pending.forEach(e => window.__shifts.push({value: e.value, sources: ['(pending)']}));
  const all = window.__shifts; window.__shifts = []; return all;
}"""

# The narrowest phone we design for: nothing may stick out sideways.
PHONE = dict(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True)
DESKTOP = dict(viewport={"width": 1280, "height": 900})

STATES = "els => els.map(e => e.dataset.ictState)"
HEIGHTS = "els => els.map(e => e.getBoundingClientRect().height)"
NESTED_SCROLLWRAP = "document.querySelectorAll('.md-typeset__scrollwrap .md-typeset__scrollwrap').length"


def plotly_requests(w) -> list[str]:
    return [u for u in w.requests if PLOTLY_BUNDLE in u or "/charts/" in u]


def open_page(w, server, page, lang) -> None:
    """Load the page in a watched tab, recording layout shifts, and let it settle."""
    w.page.add_init_script(OBSERVE)
    response = w.page.goto(server.base_url + page.url(lang).lstrip("/"), wait_until="load")
    assert response.status == 200
    settle(w.page)


def assert_loaded_still_and_lazy(w, page, lang, device: str) -> None:
    """As loaded, before the reader does anything: the right language, nothing moved, Material's
    table wrapping not doubled (ours come wrapped), and no chart fetched plotly.js."""
    p = w.page
    shifts = p.evaluate(SHIFTS)
    assert shifts == [], f"layout shifts while {page.url(lang)} loads ({device}): {shifts}"
    assert p.evaluate("document.documentElement.lang") == lang
    assert p.evaluate(NESTED_SCROLLWRAP) == 0
    assert p.eval_on_selector_all("figure[data-ict-chart]", "els => els.map(e => e.id)") == charts_on(page.slug)
    # The charts' script has marked every chart and its observer has reported what is on screen:
    # a chart left static now is one that waits for the reader.
    assert set(p.eval_on_selector_all("figure[data-ict-chart]", STATES)) <= {"static"}
    assert plotly_requests(w) == [], "plotly.js must wait until the reader reaches a chart"


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_on_a_slow_phone_a_page_loads_still_and_comes_alive_as_it_is_read(browser, server, param):
    page, lang = param
    ctx = browser.new_context(**PHONE)
    try:
        w = watch(ctx, urlsplit(server.base_url).netloc)
        p = w.page
        cpu = ctx.new_cdp_session(p)
        cpu.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        open_page(w, server, page, lang)
        assert_loaded_still_and_lazy(w, page, lang, "phone")
        cpu.send("Emulation.setCPUThrottlingRate", {"rate": 1})  # reading needs no slow phone
        heights = p.eval_on_selector_all(".ict-chart__plot", HEIGHTS)
        read_through(p)
        assert p.eval_on_selector_all(".ict-chart__plot", HEIGHTS) == heights, \
            "the reserved height must hold once Plotly draws"
        # Scrolling is not input that excuses a shift, so every entry here is one a reader saw.
        shifts = [s for s in p.evaluate(SHIFTS) if s["value"] > 0]
        assert shifts == [], f"layout shifts while reading {page.url(lang)}: {shifts}"
        fetched = sum(PLOTLY_BUNDLE in u for u in w.requests)
        if page.slug in CHART_PAGES:
            assert fetched == 1
        else:  # read to the end: a page without charts never fetches plotly.js
            assert fetched == 0 and plotly_requests(w) == []
            assert not p.evaluate("'Plotly' in window")
        assert p.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"], \
            "something sticks out sideways"
        assert not w.problems()
    finally:
        ctx.close()


def csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def assert_downloads_are_the_numbers_drawn(p, slug: str) -> None:
    for cid in charts_on(slug):
        with p.expect_download() as dl:
            p.locator(f"#{cid} a.ict-chart__csv").click()
        rows = csv_rows(open(dl.value.path(), "rb").read())
        # the same numbers as the table on the page …
        table = p.eval_on_selector_all(
            f"#{cid} table tr", "trs => trs.map(tr => [...tr.children].map(c => c.textContent))")
        assert rows == table
        # … and every bar Plotly draws is one of them
        numbers = {round(float(c), 2) for r in rows[1:] for c in r[1:] if c}  # "" = not published
        drawn = p.evaluate(
            "id => document.getElementById(id).querySelector('.ict-chart__live').data"
            ".filter(t => t.hoverinfo !== 'skip').flatMap(t => t.x)", cid)
        assert drawn and all(round(x, 2) in numbers for x in drawn), (cid, drawn)


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_on_a_desktop_under_a_sub_path_a_page_works_and_switches_language(browser, subpath_server, param):
    page, lang = param
    other = "en" if lang == "ko" else "ko"
    base = urlsplit(subpath_server.base_url).path.rstrip("/")
    ctx = browser.new_context(**DESKTOP)
    try:
        w = watch(ctx, urlsplit(subpath_server.base_url).netloc)
        p = w.page
        open_page(w, subpath_server, page, lang)
        assert_loaded_still_and_lazy(w, page, lang, "desktop")
        # Language switch and navigation stay under the sub-path.
        hrefs = p.eval_on_selector_all("a.md-select__link, nav.md-nav a.md-nav__link",
                                       "els => els.map(e => e.href).filter(h => h.startsWith('http'))")
        assert hrefs and all(urlsplit(h).path.startswith(base + "/") for h in hrefs)
        if page.slug in CHART_PAGES:
            read_through(p)  # plotly.js and the figures load from below the sub-path
            p.evaluate("() => document.querySelectorAll('.ict-chart details').forEach(d => d.open = true)")
            assert axe_violations(p, "'.ict-chart'") == []
            assert_downloads_are_the_numbers_drawn(p, page.slug)
        # The switcher opens on hover; a reader's click on its link is what we reproduce.
        with p.expect_navigation():
            p.locator(f'a.md-select__link[hreflang="{other}"]').dispatch_event("click")
        assert urlsplit(p.url).path == base + page.url(other)
        assert p.evaluate("document.documentElement.lang") == other
        assert not w.problems()
    finally:
        ctx.close()


def search(p, query: str) -> list[str]:
    box = p.locator("input.md-search__input")
    box.click()  # at desktop width the search field sits in the header
    box.fill(query)
    # Material reads the field on key events; a Korean IME makes them, fill() alone does not.
    box.press("End")
    p.wait_for_selector(".md-search-result__item", timeout=10_000)
    return p.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")


@pytest.mark.parametrize("lang,query", [
    ("ko", "게임"),
    ("ko", "소프트웨어"),
    ("en", "software"),
])
def test_search_finds_words_in_the_page_language(watched, server, lang, query):
    p = watched.page
    p.goto(url(server, "index", lang), wait_until="load")
    hits = search(p, query)
    assert hits, f"no hit for {query!r}"
    paths = [urlsplit(h).path for h in hits]
    assert all(split_path(path)[0] == lang for path in paths), paths
    assert not watched.problems()


def test_no_javascript_still_shows_the_story_the_tables_and_static_charts(browser, server):
    ctx = browser.new_context(java_script_enabled=False, viewport=PHONE["viewport"])
    try:
        p = ctx.new_page()
        for slug, table in (("industries", "table-trade-type"), ("regions", "table-region"), ("firm-size", None)):
            p.goto(url(server, slug, "en"))
            if table:
                assert p.locator(f"#{table} td").count() > 10
            for cid in charts_on(slug):
                svg = p.locator(f"#{cid} svg.ict-svg")
                assert svg.is_visible() and svg.bounding_box()["height"] > 100
                assert p.locator(f"#{cid} table").count() == 1
                assert p.locator(f"#{cid} .ict-chart__desc").is_visible()
                # The toolbar's link and CSV work as plain links; the embed code opens to select,
                # and the copy button that needs JavaScript is not offered.
                assert p.locator(f"#{cid} a.ict-tools__link").get_attribute("href") == f"#{cid}"
                assert p.locator(f"#{cid} a.ict-chart__csv").is_visible()
                p.locator(f"#{cid} details.ict-tools__embed > summary").click()
                assert "<iframe" in p.locator(f"#{cid} .ict-tools__code").inner_text()
                assert not p.locator(f"#{cid} .ict-tools__copy").is_visible()
    finally:
        ctx.close()
