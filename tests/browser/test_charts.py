"""Charts in a real browser: drawn when touched or pointed at, recoloured by the theme toggle,
speaking the page's language, and surviving back/forward. Drawing as the reader scrolls, the CSV
downloads and the charts without JavaScript are checked page by page in test_site_browser.py.
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from ictsite.charts.paths import PLOTLY_BUNDLE
from ictsite.lang import LANGS

from ..conftest import charts_on, read_through, url, watch

pytestmark = pytest.mark.browser


def test_touching_a_chart_draws_it_without_scrolling(phone_context, server):
    w = watch(phone_context, urlsplit(server.base_url).netloc)
    w.page.goto(url(server, "index", "ko"))
    first = charts_on("index")[0]
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
