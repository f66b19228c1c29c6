"""The light/dark toggle (docs/overrides/partials/javascripts/palette.html), which runs in place of
Material's palette component: same behaviour for the reader, no restyling on start-up."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from ..conftest import url, watch

pytestmark = pytest.mark.browser

SCHEME = "document.body.dataset.mdColorScheme"
ROOT_SCHEME = "getComputedStyle(document.documentElement).colorScheme"
THEME_COLOR = "(document.querySelector('meta[name=theme-color]') || {}).content"
TOGGLE = "form[data-ict-palette] label:visible"


@pytest.fixture
def dark_context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    yield ctx
    ctx.close()


@pytest.mark.parametrize("os_scheme,expected", [("light", "default"), ("dark", "slate")])
def test_a_first_visit_is_painted_in_the_os_scheme_before_any_script_file_runs(browser, server, os_scheme,
                                                                               expected):
    ctx = browser.new_context(color_scheme=os_scheme)
    try:
        p = ctx.new_page()
        # No script file at all: what the reader sees at first paint is decided inline.
        p.route("**/*.js", lambda route: route.abort())
        p.goto(url(server, "industries", "ko"), wait_until="domcontentloaded")
        assert p.evaluate(SCHEME) == expected
        assert p.evaluate(ROOT_SCHEME) == ("dark" if expected == "slate" else "normal")
        assert p.locator(TOGGLE).count() == 1
        assert sorted(p.evaluate("document.documentElement.className").split()) == ["js", "js-focus-visible"]
    finally:
        ctx.close()


def test_the_toggle_switches_persists_across_pages_and_languages(context, server):
    w = watch(context, urlsplit(server.base_url).netloc)
    p = w.page
    p.goto(url(server, "industries", "ko"))
    assert p.evaluate(SCHEME) == "default"
    p.wait_for_function(f"{THEME_COLOR} && {THEME_COLOR}.startsWith('#')")
    p.locator(TOGGLE).click()
    assert p.evaluate(SCHEME) == "slate"
    assert p.evaluate(ROOT_SCHEME) == "dark"
    assert p.locator(TOGGLE).count() == 1
    stored = p.evaluate("__md_get('__palette')")
    assert stored["index"] == 1 and stored["color"]["scheme"] == "slate"
    # Material's format and key: its own inline script would read the same choice.
    assert set(stored["color"]) == {"media", "scheme", "primary", "accent"}
    p.wait_for_function("!document.body.hasAttribute('data-md-color-switching')")
    p.goto(url(server, "regions", "en"))
    assert p.evaluate(SCHEME) == "slate"
    p.locator(TOGGLE).click()
    assert p.evaluate(SCHEME) == "default"
    assert p.evaluate("__md_get('__palette').index") == 0
    assert not w.problems()


def test_enter_on_the_focused_toggle_switches_and_keeps_focus_on_it(context, server):
    p = context.new_page()
    p.goto(url(server, "firm-size", "en"))
    p.locator("form[data-ict-palette] input:checked").focus()
    p.keyboard.press("Enter")
    assert p.evaluate(SCHEME) == "slate"
    assert p.evaluate("document.activeElement.matches('form[data-ict-palette] input:checked')")
    p.keyboard.press("Enter")
    assert p.evaluate(SCHEME) == "default"


def test_the_page_follows_the_os_until_the_reader_chooses(context, server):
    p = context.new_page()
    p.goto(url(server, "policy", "ko"))
    p.emulate_media(color_scheme="dark")
    p.wait_for_function(f"{SCHEME} === 'slate'")
    p.emulate_media(color_scheme="light")
    p.wait_for_function(f"{SCHEME} === 'default'")
    p.locator(TOGGLE).click()  # the reader picks dark …
    assert p.evaluate(SCHEME) == "slate"
    for os_scheme in ("dark", "light"):  # … and keeps it, whatever the OS does next
        # Set once the page has been told of the OS change (our listener runs after its own).
        p.evaluate("""s => { window.__told = false; matchMedia(`(prefers-color-scheme: ${s})`)
                             .addEventListener('change', () => { window.__told = true; }, {once: true}); }""",
                   os_scheme)
        p.emulate_media(color_scheme=os_scheme)
        p.wait_for_function("window.__told")
        assert p.evaluate(SCHEME) == "slate"


def test_material_does_not_mount_its_palette_component(dark_context, server):
    # A dark OS on a first visit: Material's component would have switched the page itself, after
    # first paint, and added a color-scheme meta tag.
    p = dark_context.new_page()
    p.goto(url(server, "industries", "en"))
    p.wait_for_function(f"{THEME_COLOR} && {THEME_COLOR}.startsWith('#')")
    assert p.evaluate(SCHEME) == "slate"
    assert p.evaluate("document.querySelectorAll('meta[name=color-scheme]').length") == 0
    assert p.evaluate("document.querySelectorAll('meta[name=theme-color]').length") == 1
