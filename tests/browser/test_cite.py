"""Citing in a real browser: copy buttons, section links, the print layout, redirects that land.

One browser context for the module (clipboard permission granted once); pages are reused.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from ictsite.cite.release import site_url
from ictsite.lang import LANGS, lang_path, prefix, t
from ictsite.pages import BY_SLUG
from ictsite.serve import start_in_background

from ..conftest import MOVED, axe_violations, charts_on, url, watch

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def cite_context(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.base_url.rstrip("/"))
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def tab(cite_context, server):
    w = watch(cite_context, urlsplit(server.base_url).netloc)
    yield w
    w.page.close()


def local(url: str, server) -> str:
    """A public URL (site_url…) as the same path on the local test server."""
    root = site_url()
    assert url.startswith(root), url
    return server.base_url + url[len(root):]


def clipboard(p) -> str:
    return p.evaluate("navigator.clipboard.readText()")


# Polls the clipboard in the page until it holds the text (or 3 s pass) and returns what it holds.
# Not page.wait_for_function: it takes the promise readText() gives as a truthy value and returns
# at once, whatever the clipboard holds.
CLIPBOARD_HOLDS = """t => new Promise(done => {
  const end = Date.now() + 3000;
  (function poll() {
    navigator.clipboard.readText().then(c => (c === t || Date.now() > end) ? done(c) : setTimeout(poll, 50));
  })();
})"""


def wait_for_clipboard(p, text: str) -> None:
    assert p.evaluate(CLIPBOARD_HOLDS, text) == text


def toast(p) -> str:
    p.wait_for_function("() => (document.querySelector('.ict-toast') || {}).textContent", timeout=3000)
    return p.locator(".ict-toast").text_content()


@pytest.mark.parametrize("lang", LANGS)
def test_copy_buttons_copy_the_reference_and_the_bibtex(tab, server, lang):
    p = tab.page
    p.goto(url(server, "regions", lang), wait_until="load")
    buttons = p.locator(".ict-cite__copy")
    assert buttons.count() == 2 and buttons.first.is_visible()
    assert buttons.first.text_content() == t(lang, "cite.copy.reference")

    p.evaluate("document.querySelector('.ict-toast').textContent = ''")
    buttons.nth(0).click()
    reference = " ".join(p.locator("#cite-reference").text_content().split())
    wait_for_clipboard(p, reference)
    assert toast(p) == t(lang, "cite.copied")
    assert site_url() in reference

    # The BibTeX entry is folded away until the reader opens it.
    assert not buttons.nth(1).is_visible()
    p.locator("details.ict-cite__more > summary").click()
    buttons.nth(1).click()
    bibtex = p.locator("#cite-bibtex").text_content().rstrip()
    wait_for_clipboard(p, bibtex)
    assert clipboard(p).splitlines()[1].startswith("@misc{")
    assert not tab.problems()


@pytest.mark.parametrize("lang", LANGS)
def test_section_link_copies_the_public_address_that_lands_on_the_section(tab, server, lang):
    p = tab.page
    p.goto(url(server, "industries", lang), wait_until="load")
    link = p.locator("h2#game > a.headerlink")
    heading = p.locator("h2#game").text_content().replace("¶", "").strip()
    assert link.get_attribute("aria-label") == t(lang, "cite.section_link", heading=heading)
    link.focus()  # keyboard readers reach it too; Material shows it on focus
    link.click()
    canonical = p.locator('link[rel="canonical"]').get_attribute("href")
    wait_for_clipboard(p, canonical + "#game")
    assert toast(p) == t(lang, "cite.section_copied")
    assert urlsplit(p.url).fragment == "game"  # the click still moves to the section

    copied = clipboard(p)
    p.goto(local(copied, server), wait_until="load")
    assert urlsplit(p.url).path == BY_SLUG["industries"].url(lang)
    assert p.locator("#game").count() == 1
    assert p.locator('link[rel="canonical"]').get_attribute("href") == copied.split("#")[0]
    assert not tab.problems()


def active_is(p, selector: str) -> bool:
    return p.evaluate("s => document.activeElement === document.querySelector(s)", selector)


@pytest.mark.parametrize("lang", LANGS)
def test_chart_toolbar_works_from_the_keyboard(tab, server, lang):
    """Tab from the chart's data-table button reaches its toolbar: Link copies the chart's public
    address (and keeps the reader in place), CSV is next, Embed opens the code and Copy code copies
    it; Escape closes the panel and gives focus back. Focus is visible on each."""
    p = tab.page
    p.goto(url(server, "regions", lang), wait_until="load")
    cid = charts_on("regions")[0]
    fig = f"#{cid}"
    p.locator(f"{fig} details.ict-chart__data > summary").focus()
    p.keyboard.press("Tab")
    link = f"{fig} .ict-tools a.ict-tools__link"
    assert active_is(p, link)
    assert p.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    public = site_url() + BY_SLUG["regions"].url(lang).lstrip("/") + f"#{cid}"
    p.evaluate("document.querySelector('.ict-toast').textContent = ''")
    scrolled = p.evaluate("scrollY")
    p.keyboard.press("Enter")
    wait_for_clipboard(p, public)
    assert toast(p) == t(lang, "tools.copied_link")
    assert urlsplit(p.url).fragment == cid and p.evaluate("scrollY") == scrolled

    p.keyboard.press("Tab")
    assert active_is(p, f"{fig} .ict-tools a.ict-chart__csv")
    p.keyboard.press("Tab")
    summary = f"{fig} details.ict-tools__embed > summary"
    assert active_is(p, summary)
    assert not p.locator(f"{fig} .ict-tools__code").is_visible()
    p.keyboard.press("Enter")
    p.locator(f"{fig} .ict-tools__code").wait_for(state="visible")
    p.keyboard.press("Tab")
    assert active_is(p, f"{fig} .ict-tools__copy")
    assert p.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    code = p.locator(f"{fig} .ict-tools__code").text_content().strip()
    assert code.startswith('<iframe src="' + site_url() + prefix(lang) + f"embed/{cid}/")
    p.evaluate("document.querySelector('.ict-toast').textContent = ''")
    p.keyboard.press("Enter")
    wait_for_clipboard(p, code)
    assert toast(p) == t(lang, "tools.copied_code")
    # The open panel passes axe too (the page-wide test sees it closed).
    assert axe_violations(p, f"document.querySelector('{fig} .ict-tools')") == []

    p.keyboard.press("Escape")
    p.wait_for_function("s => !document.querySelector(s).open", arg=f"{fig} details.ict-tools__embed")
    assert active_is(p, summary)
    assert not tab.problems()


PRINT_STATE = """() => {
  const shown = el => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
  const q = s => document.querySelector(s);
  const content = [...document.querySelectorAll('.md-content article > *')].filter(shown);
  const ext = [...document.querySelectorAll('.md-content a[href^="http"]')].filter(shown)[0];
  const table = q('details.ict-chart__data table');
  return {
    chrome: ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer', '.md-search',
             '.md-top', '.md-tabs'].filter(s => shown(q(s))),
    lastBlock: content.length ? (content[content.length - 1].className || content[content.length - 1].tagName) : '',
    citeShown: shown(q('.ict-cite')) && shown(q('#cite-reference')) && shown(q('#cite-bibtex')),
    buttons: [...document.querySelectorAll('.ict-cite__copy')].filter(shown).length,
    staticCharts: [...document.querySelectorAll('figure[data-ict-chart] svg.ict-svg')].filter(shown).length,
    charts: document.querySelectorAll('figure[data-ict-chart]').length,
    chartTable: table ? shown(table) : null,
    externalAfter: ext ? getComputedStyle(ext, '::after').content : null,
    externalHref: ext ? ext.getAttribute('href') : null,
    bg: getComputedStyle(document.body).backgroundColor,
  };
}"""


@pytest.mark.parametrize("lang, slug, scheme", [("ko", "industries", "light"), ("en", "about", "dark")])
def test_print_layout_is_a_clean_document_ending_with_the_citation(browser, server, lang, slug, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        p = ctx.new_page()
        p.goto(url(server, slug, lang), wait_until="load")
        p.emulate_media(media="print")
        p.evaluate("dispatchEvent(new Event('beforeprint'))")  # as the browser does before printing
        state = p.evaluate(PRINT_STATE)
        assert state["chrome"] == [], f"navigation chrome printed: {state['chrome']}"
        assert state["citeShown"] and state["buttons"] == 0
        assert "ict-cite" in state["lastBlock"], f"the document ends with {state['lastBlock']!r}"
        assert state["staticCharts"] == state["charts"]
        if state["chartTable"] is not None:
            assert state["chartTable"], "a chart's data table stays collapsed in print"
        if slug == "about":  # the licence links to Creative Commons: its address is printed
            assert state["externalHref"].startswith("https://creativecommons.org/")
            assert state["externalHref"] in state["externalAfter"]
        assert state["bg"] in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
        pdf = p.pdf(format="A4")
        assert pdf[:5] == b"%PDF-" and len(pdf) > 10_000
    finally:
        ctx.close()


def _lands(p, start: str, want_path: str, want_fragment: str) -> None:
    p.goto(start, wait_until="commit")
    p.wait_for_url(lambda u: urlsplit(u).path == want_path, timeout=5000)
    p.wait_for_load_state("load")
    assert urlsplit(p.url).fragment == want_fragment, p.url
    if want_fragment:
        assert p.locator(f"#{want_fragment}").count() == 1


# The site that `make site` built from a copy of the repository whose manifest has real redirects.
@pytest.fixture(scope="module")
def moved_server(moved_build):
    assert MOVED.items() <= moved_build.redirects().items()
    srv = start_in_background(moved_build.site)
    yield srv
    srv.shutdown()


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGS)
def test_redirects_land_in_both_languages_keeping_a_fragment(cite_context, moved_build, moved_server, lang):
    w = watch(cite_context, urlsplit(moved_server.base_url).netloc)
    try:
        for old, new in moved_build.redirects().items():
            target, _, fragment = new.partition("#")
            start = moved_server.base_url + lang_path(lang, old).lstrip("/")
            _lands(w.page, start, lang_path(lang, target), fragment)
            assert w.page.evaluate("document.documentElement.lang") == lang
            # A reader's own #fragment wins over the redirect's.
            _lands(w.page, start + "#cite", lang_path(lang, target), "cite")
        # Requests cut short by the forward itself (ERR_ABORTED) are expected; nothing else is.
        assert not [x for x in w.problems() if "net::ERR_ABORTED" not in x]
    finally:
        w.page.close()


@pytest.mark.build
def test_redirects_land_without_javascript(browser, moved_build, moved_server):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        p = ctx.new_page()
        for lang in LANGS:
            for old, new in moved_build.redirects().items():
                target, _, fragment = new.partition("#")
                _lands(p, moved_server.base_url + lang_path(lang, old).lstrip("/"), lang_path(lang, target), fragment)
    finally:
        ctx.close()
