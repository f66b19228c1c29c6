"""One MkDocs build per language, joined in the browser: the language switch, shared assets, the 404 page."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from ictsite import paths
from ictsite.lang import LANGS, prefix, site_dir
from ictsite.pages import BY_SLUG
from ictsite.site import manifest

from ..conftest import SUBPATH, watch

pytestmark = pytest.mark.browser

OTHER = {"ko": "en", "en": "ko"}


def _anchor(page) -> str:
    return manifest.load()["pages"][page.path][1]  # a heading below the title, the same in both languages


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["regions", "notebook"])
def test_language_switch_keeps_the_page_and_the_fragment(context, subpath_server, slug, lang):
    page = BY_SLUG[slug]
    w = watch(context, urlsplit(subpath_server.base_url).netloc)
    w.page.goto(subpath_server.base_url + page.url(lang).lstrip("/") + "#" + _anchor(page), wait_until="load")
    with w.page.expect_navigation():
        w.page.locator(f'a.md-select__link[hreflang="{OTHER[lang]}"]').dispatch_event("click")
    target = urlsplit(w.page.url)
    assert target.path == SUBPATH.rstrip("/") + page.url(OTHER[lang])
    assert target.fragment == _anchor(page)
    assert w.page.evaluate("document.documentElement.lang") == OTHER[lang]
    assert not w.problems()


def test_switching_language_downloads_no_stylesheet_or_script_again(context, server):
    w = watch(context, urlsplit(server.base_url).netloc)
    loaded: list[str] = []
    w.page.on("request", lambda r: r.resource_type in ("stylesheet", "script") and loaded.append(urlsplit(r.url).path))
    w.page.goto(server.base_url + BY_SLUG["policy"].url("ko").lstrip("/"), wait_until="networkidle")
    first = set(loaded)
    loaded.clear()
    with w.page.expect_navigation():
        w.page.locator('a.md-select__link[hreflang="en"]').dispatch_event("click")
    w.page.wait_for_load_state("networkidle")
    assert first and set(loaded) <= first, f"fetched again under /en/: {sorted(set(loaded) - first)}"
    assert not (site_dir(paths.SITE, "en") / "assets").exists()
    assert not w.problems()


@pytest.mark.parametrize("missing", ["no-such-page/", "en/no-such-page/"])
def test_the_404_page_speaks_both_languages_and_links_both_home_pages(context, subpath_server, missing):
    w = watch(context, urlsplit(subpath_server.base_url).netloc)
    response = w.page.goto(subpath_server.base_url + missing, wait_until="load")
    assert response.status == 404
    text = w.page.inner_text("article")
    assert "페이지를 찾을 수 없습니다" in text and "Page not found" in text
    homes = w.page.eval_on_selector_all("article a", "els => els.map(e => e.href)")
    assert [urlsplit(h).path for h in homes] == [SUBPATH + prefix(lang) for lang in LANGS]
    for home, lang in zip(homes, LANGS):
        assert w.page.request.get(home).status == 200
        w.page.goto(home)
        assert w.page.evaluate("document.documentElement.lang") == lang
    # The missing page's own 404 (a failed request and its console line) is the only problem.
    assert [p for p in w.problems() if "404" not in p] == []
