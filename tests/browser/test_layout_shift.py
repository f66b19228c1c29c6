"""Nothing jumps: no layout shift while a page loads, on a slow phone or a desktop, nor while a
reader scrolls its charts into life.

The phone runs with its CPU slowed four times, as Lighthouse's mobile run does: that is what lets
the first paint happen before Material's script, which is when header controls used to appear and
push the language menu aside.
"""
from __future__ import annotations

import pytest

from ictsite.site.pages import LANGS

from ..conftest import ALL_PAGES, page_id
from .test_charts import CHART_PAGES, read_through, url

pytestmark = pytest.mark.browser

# Every layout-shift entry, with what moved and from where to where, so a failure names the culprit.
OBSERVE = """
window.__shifts = [];
new PerformanceObserver(list => {
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
}).observe({type: 'layout-shift', buffered: true});
"""

PHONE = dict(viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True, has_touch=True)
DESKTOP = dict(viewport={"width": 1280, "height": 900})


def load(browser, address: str, device: dict, cpu_slowdown: int):
    ctx = browser.new_context(**device)
    p = ctx.new_page()
    p.add_init_script(OBSERVE)
    if cpu_slowdown > 1:
        ctx.new_cdp_session(p).send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    p.goto(address, wait_until="load")
    # Material's script and the charts' first static drawing run after `load`; let them settle.
    p.wait_for_timeout(1500)
    return ctx, p


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("page_lang", ALL_PAGES, ids=page_id)
def test_no_layout_shift_while_a_page_loads(browser, server, page_lang, device):
    page, lang = page_lang
    ctx, p = load(browser, server.base_url + page.url(lang).lstrip("/"),
                  PHONE if device == "phone" else DESKTOP, 4 if device == "phone" else 1)
    try:
        shifts = p.evaluate("window.__shifts")
    finally:
        ctx.close()
    assert shifts == [], f"layout shifts on {page.url(lang)} ({device}): {shifts}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", CHART_PAGES)
def test_charts_coming_alive_shift_nothing(browser, server, slug, lang):
    ctx, p = load(browser, url(server, slug, lang), PHONE, 1)
    try:
        read_through(p)
        # Scrolling is not input that excuses a shift, so every entry here is one a reader saw.
        shifts = [s for s in p.evaluate("window.__shifts") if s["value"] > 0]
    finally:
        ctx.close()
    assert shifts == [], f"layout shifts while reading {slug} ({lang}): {shifts}"
