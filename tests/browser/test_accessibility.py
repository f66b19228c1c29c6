"""axe-core finds no violation on any page, in either language, in the light or the dark scheme."""
from __future__ import annotations

import pytest

from ictsite.paths import ROOT
from ictsite.site.pages import LANGS

from ..conftest import SITE_PAGES

pytestmark = pytest.mark.browser

AXE = ROOT / "scripts/node/node_modules/axe-core/axe.min.js"


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: run `make node` (make test does it)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_violations(browser, server, axe_source, lang, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        p = ctx.new_page()
        problems = []
        for page in SITE_PAGES:
            p.goto(server.base_url + page.url(lang).lstrip("/"), wait_until="networkidle")
            p.add_script_tag(content=axe_source)
            result = p.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
            problems += [f"{page.url(lang)}: {v['id']} ({len(v['nodes'])}×, e.g. {v['nodes'][0]['target']})"
                         for v in result["violations"]]
        assert not problems, "\n".join(problems)
    finally:
        ctx.close()
