"""axe-core finds no violation on any page, in either language, in the light or the dark scheme.

The pages as loaded; their charts once live are checked in test_site_browser.py.
"""
from __future__ import annotations

import pytest

from ictsite.site.pages import LANGS, PAGES

from ..conftest import axe_violations, settle

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_violations(browser, server, lang, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        p = ctx.new_page()
        problems = []
        for page in PAGES:
            p.goto(server.base_url + page.url(lang).lstrip("/"), wait_until="load")
            settle(p)
            problems += axe_violations(p)
        assert not problems, "\n".join(problems)
    finally:
        ctx.close()
