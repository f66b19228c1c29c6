"""Charts in a real browser: drawn when a reader reaches them, recoloured by the theme toggle,
downloadable as exactly the numbers shown, silent in the console, and never calling another host.
"""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlsplit

import pytest

from ictsite.charts import CHARTS
from ictsite.charts.paths import PLOTLY_BUNDLE
from ictsite.paths import ROOT
from ictsite.site.pages import BY_SLUG, LANGS, PAGES

from ..conftest import watch

pytestmark = pytest.mark.browser

SLUG = {"overview": "index"}  # chart page name → site page slug, where they differ
CHART_PAGES = sorted({SLUG.get(spec.page, spec.page) for spec in CHARTS.values()})
PLAIN_PAGES = [p.slug for p in PAGES if p.slug not in CHART_PAGES]
AXE = ROOT / "scripts/node/node_modules/axe-core/axe.min.js"

ALL_LIVE = ("() => [...document.querySelectorAll('figure[data-ict-chart]')]"
            ".every(f => f.dataset.ictState === 'live' && f.querySelector('.ict-chart__live .main-svg'))")


def charts_on(slug: str) -> list[str]:
    return [cid for cid, spec in CHARTS.items() if SLUG.get(spec.page, spec.page) == slug]


def url(server, slug: str, lang: str) -> str:
    return server.base_url + BY_SLUG[slug].url(lang).lstrip("/")


def read_through(p) -> None:
    """From the top, scroll down the page in reader-sized steps (back/forward may restore a
    position below the charts, from where a reader would not reach them)."""
    p.evaluate("window.scrollTo(0, 0)")
    height = p.evaluate("document.documentElement.scrollHeight")
    for _ in range(0, height, 500):
        p.mouse.wheel(0, 500)
        p.wait_for_timeout(60)
    try:
        p.wait_for_function(ALL_LIVE, timeout=30_000)
    except Exception:
        states = p.eval_on_selector_all(
            "figure[data-ict-chart]", "els => els.map(e => [e.id, e.dataset.ictState, e.dataset.ictError])")
        raise AssertionError(f"charts not live after reading through {p.url}: {states}") from None


def plotly_requests(requests: list[str]) -> list[str]:
    return [u for u in requests if PLOTLY_BUNDLE in u or "/charts/" in u]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", CHART_PAGES)
def test_every_chart_draws_when_the_reader_reaches_it(phone_context, server, slug, lang):
    w = watch(phone_context, urlsplit(server.base_url).netloc)
    requests: list[str] = []
    w.page.on("request", lambda r: requests.append(r.url))
    w.page.goto(url(server, slug, lang), wait_until="load")
    w.page.wait_for_timeout(300)
    ids = w.page.eval_on_selector_all("figure[data-ict-chart]", "els => els.map(e => e.id)")
    assert ids == charts_on(slug)
    assert plotly_requests(requests) == [], "plotly.js must wait until the reader reaches a chart"
    heights = w.page.eval_on_selector_all(".ict-chart__plot", "els => els.map(e => e.getBoundingClientRect().height)")
    read_through(w.page)
    after = w.page.eval_on_selector_all(".ict-chart__plot", "els => els.map(e => e.getBoundingClientRect().height)")
    assert after == heights, "the reserved height must hold once Plotly draws"
    assert sum(PLOTLY_BUNDLE in u for u in requests) == 1
    # 360 px: nothing sticks out sideways
    assert w.page.evaluate("document.documentElement.scrollWidth") <= 360
    assert not w.problems()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", PLAIN_PAGES)
def test_pages_without_charts_never_fetch_plotly(phone_context, server, slug, lang):
    w = watch(phone_context, urlsplit(server.base_url).netloc)
    requests: list[str] = []
    w.page.on("request", lambda r: requests.append(r.url))
    w.page.goto(url(server, slug, lang), wait_until="load")
    w.page.mouse.wheel(0, 20_000)
    w.page.wait_for_timeout(300)
    assert plotly_requests(requests) == []
    assert not w.page.evaluate("'Plotly' in window")


def test_touching_a_chart_draws_it_without_scrolling(phone_context, server):
    w = watch(phone_context, urlsplit(server.base_url).netloc)
    w.page.goto(url(server, "index", "ko"))
    first = CHARTS and charts_on("index")[0]
    w.page.locator(f"#{first} .ict-chart__plot").tap()
    w.page.wait_for_selector(f"#{first}[data-ict-state=live] .main-svg", timeout=30_000)
    assert not w.problems()


LIVE_FILL = ("id => getComputedStyle(document.querySelector('#' + id + ' .ict-chart__live .point path'))"
             ".fill")
STATIC_FILL = "id => getComputedStyle(document.querySelector('#' + id + ' .ict-svg rect')).fill"


@pytest.mark.parametrize("lang", LANGS)
def test_theme_toggle_recolours_live_and_static_charts(context, server, lang):
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    p.goto(url(server, "industries", lang))
    first, second = charts_on("industries")
    p.locator(f"#{first} .ict-chart__plot").hover()  # pointing at a chart makes it live
    p.wait_for_selector(f"#{first}[data-ict-state=live] .main-svg", timeout=30_000)
    scheme = p.evaluate("document.body.dataset.mdColorScheme")
    live, static = p.evaluate(LIVE_FILL, first), p.evaluate(STATIC_FILL, second)
    p.locator("form[data-ict-palette] label:visible").first.click()
    p.wait_for_function(f"document.body.dataset.mdColorScheme !== '{scheme}'")
    p.wait_for_function(f"id => ({LIVE_FILL})(id) !== {json.dumps(live)}", arg=first, timeout=10_000)
    assert p.evaluate(STATIC_FILL, second) != static
    assert not w.problems()


def csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", CHART_PAGES)
def test_csv_download_matches_the_chart(context, server, slug, lang):
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    p.goto(url(server, slug, lang))
    read_through(p)
    for cid in charts_on(slug):
        with p.expect_download() as dl:
            p.locator(f"#{cid} a.ict-chart__csv").click()
        rows = csv_rows(open(dl.value.path(), "rb").read())
        # the same numbers as the table on the page …
        table = p.eval_on_selector_all(
            f"#{cid} table tr", "trs => trs.map(tr => [...tr.children].map(c => c.textContent))")
        assert rows == table
        # … and every bar Plotly draws is one of them
        numbers = {round(float(c), 2) for r in rows[1:] for c in r[1:]}
        drawn = p.evaluate(
            "id => document.getElementById(id).querySelector('.ict-chart__live').data"
            ".filter(t => t.hoverinfo !== 'skip').flatMap(t => t.x)", cid)
        assert drawn and all(round(x, 2) in numbers for x in drawn), (cid, drawn)
    assert not w.problems()


@pytest.mark.parametrize("lang,word", [("ko", "억 달러"), ("en", "USD")])
def test_hover_speaks_the_page_language(context, server, lang, word):
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    p.goto(url(server, "index", lang))
    cid = charts_on("index")[0]
    p.locator(f"#{cid} .ict-chart__plot").hover()
    p.wait_for_selector(f"#{cid}[data-ict-state=live] .main-svg", timeout=30_000)
    box = p.locator(f"#{cid} .ict-chart__live .point path").first.bounding_box()
    p.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    p.wait_for_selector(f"#{cid} .hoverlayer .hovertext", timeout=5_000)
    assert word in p.locator(f"#{cid} .hoverlayer .hovertext").text_content()
    assert not w.problems()


def test_back_forward_and_language_switch_never_break_plotly(context, server):
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    p.goto(url(server, "regions", "ko"))
    read_through(p)
    p.goto(url(server, "policy", "ko"))
    p.go_back()
    p.wait_for_load_state("load")
    read_through(p)
    p.go_forward()
    p.go_back()
    with p.expect_navigation():
        p.locator('a.md-select__link[hreflang="en"]').dispatch_event("click")
    read_through(p)
    p.goto(url(server, "regions", "en") + "#chart-north-america-balance")
    read_through(p)
    # Material's language switcher itself may look things up; here only the charts are judged.
    assert not [e for e in w.console_errors if "Plotly" in e or "chart" in e.lower()]
    assert not [u for u in w.failed_requests if "/charts/" in u or PLOTLY_BUNDLE in u]


def test_without_javascript_the_static_chart_and_table_are_there(browser, server):
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    try:
        p = ctx.new_page()
        p.goto(url(server, "firm-size", "en"))
        for cid in charts_on("firm-size"):
            svg = p.locator(f"#{cid} svg.ict-svg")
            assert svg.is_visible() and svg.bounding_box()["height"] > 100
            assert p.locator(f"#{cid} table").count() == 1
            assert p.locator(f"#{cid} .ict-chart__desc").is_visible()
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", LANGS)
def test_live_charts_have_no_axe_violations(context, server, lang):
    """The lead's page tests run axe on every page as loaded; this covers the charts once live."""
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    for slug in CHART_PAGES:
        p.goto(url(server, slug, lang))
        read_through(p)
        p.evaluate("() => document.querySelectorAll('.ict-chart details').forEach(d => d.open = true)")
        p.add_script_tag(path=str(AXE))
        result = p.evaluate("() => axe.run('.ict-chart', {resultTypes: ['violations']})")
        problems = [(v["id"], n["target"]) for v in result["violations"] for n in v["nodes"]]
        assert problems == [], (slug, lang, problems)
