"""The site in a real browser (Debian's chromium): every page, both languages, as served."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from ictsite.site.pages import BY_SLUG, PAGES

from ..conftest import ALL_PAGES, page_id, watch

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_page_loads_clean(watched, server, param):
    page, lang = param
    p = watched.page
    response = p.goto(server.base_url + page.url(lang).lstrip("/"), wait_until="load")
    assert response.status == 200
    p.mouse.wheel(0, 20000)  # scroll as a reader would, so lazy parts load too
    p.wait_for_timeout(300)
    assert p.evaluate("document.documentElement.lang") == lang
    # Material wraps tables without a class in a scroll box when it starts; ours come wrapped.
    assert p.evaluate("document.querySelectorAll('.md-typeset__scrollwrap .md-typeset__scrollwrap').length") == 0
    assert not watched.problems()


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_language_switch_lands_on_the_same_page(context, server, param):
    page, lang = param
    other = "en" if lang == "ko" else "ko"
    w = watch(context, urlsplit(server.base_url).netloc)
    w.page.goto(server.base_url + page.url(lang).lstrip("/"))
    # The switcher opens on hover; a reader's click on its link is what we reproduce.
    with w.page.expect_navigation():
        w.page.locator(f'a.md-select__link[hreflang="{other}"]').dispatch_event("click")
    assert urlsplit(w.page.url).path == page.url(other)
    assert w.page.evaluate("document.documentElement.lang") == other


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
    p.goto(server.base_url + BY_SLUG["index"].url(lang).lstrip("/"), wait_until="networkidle")
    hits = search(p, query)
    assert hits, f"no hit for {query!r}"
    paths = [urlsplit(h).path for h in hits]
    if lang == "ko":
        assert not any(path.startswith("/en/") for path in paths), paths
    else:
        assert all(path.startswith("/en/") for path in paths), paths
    assert not watched.problems()


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_site_works_under_a_sub_path(context, subpath_server, param):
    page, lang = param
    w = watch(context, urlsplit(subpath_server.base_url).netloc)
    r = w.page.goto(subpath_server.base_url + page.url(lang).lstrip("/"), wait_until="load")
    assert r.status == 200
    w.page.mouse.wheel(0, 20000)
    w.page.wait_for_timeout(200)
    assert not w.problems()
    # Language switch and navigation stay under the sub-path.
    hrefs = w.page.eval_on_selector_all("a.md-select__link, nav.md-nav a.md-nav__link",
                                        "els => els.map(e => e.href).filter(h => h.startsWith('http'))")
    assert hrefs and all(urlsplit(h).path.startswith("/ict-trade-story/") for h in hrefs)


def test_no_javascript_still_shows_the_story_and_tables(browser, server):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        p = ctx.new_page()
        for slug, table in (("industries", "table-trade-type"), ("regions", "table-region")):
            p.goto(server.base_url + BY_SLUG[slug].url("en").lstrip("/"))
            assert p.locator(f"#{table} td").count() > 10
    finally:
        ctx.close()
