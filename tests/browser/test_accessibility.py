"""axe-core finds no violation on any page, in either language, in the light or the dark scheme.

The pages as loaded; their charts once live are checked in test_site_browser.py. Each page is
loaded once: the dark scheme is the same page after the OS setting changes, which the page
follows until the reader chooses (test_theme_toggle.py).
"""
from __future__ import annotations

import pytest

from ..conftest import ALL_PAGES, axe_violations, page_id, settle

pytestmark = pytest.mark.browser

SCHEME = "document.body.dataset.mdColorScheme"


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_axe_finds_no_violations_in_the_light_or_the_dark_scheme(browser, server, param):
    page, lang = param
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    try:
        p = ctx.new_page()
        p.goto(server.base_url + page.url(lang).lstrip("/"), wait_until="load")
        settle(p)
        assert p.evaluate(SCHEME) == "default"
        problems = [f"light: {v}" for v in axe_violations(p)]
        p.emulate_media(color_scheme="dark")
        p.wait_for_function(f"{SCHEME} === 'slate'")
        settle(p)
        problems += [f"dark: {v}" for v in axe_violations(p)]
        assert not problems, "\n".join(problems)
    finally:
        ctx.close()
