"""Bytes on the wire, measured in Chromium through the DevTools protocol.

encodedDataLength is what crossed the network for each response (headers plus gzip body), the
figure a reader's data plan pays. Every page gets a fresh context, so nothing is cached.
"""
from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser

ALL_LIVE = ("() => [...document.querySelectorAll('figure[data-ict-chart]')]"
            ".every(f => f.dataset.ictState === 'live')")


@dataclass
class Wire:
    charts: int
    load_bytes: int
    after_bytes: int
    requests_load: int
    requests_after: int
    all_live: bool


def _settle(page, cdp_bytes: dict, quiet_ms: int = 500, limit_ms: int = 15_000) -> None:
    """Wait until no response has finished for quiet_ms."""
    waited, last = 0, -1
    while waited < limit_ms:
        page.wait_for_timeout(quiet_ms)
        waited += quiet_ms
        now = len(cdp_bytes)
        if now == last:
            return
        last = now


def measure(browser: Browser, url: str) -> Wire:
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                              is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        sizes: dict[str, int] = {}
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        page.goto(url, wait_until="load")
        _settle(page, sizes)
        load_bytes, load_requests = sum(sizes.values()), len(sizes)

        # Read the page as a reader would: top to bottom, then touch every chart.
        height = page.evaluate("document.documentElement.scrollHeight")
        for _ in range(0, height, 400):
            page.mouse.wheel(0, 400)
            page.wait_for_timeout(50)
        charts = page.locator("figure[data-ict-chart] .ict-chart__plot")
        for i in range(charts.count()):
            charts.nth(i).scroll_into_view_if_needed()
            charts.nth(i).tap()
        all_live = True
        if charts.count():
            try:
                page.wait_for_function(ALL_LIVE, timeout=30_000)
            except Exception:
                all_live = False
        _settle(page, sizes)
        return Wire(charts.count(), load_bytes, sum(sizes.values()), load_requests, len(sizes), all_live)
    finally:
        ctx.close()
