"""The built site keeps the promises made to citers: URLs, anchors, languages, no other hosts."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ictsite.lang import LANGS, lang_path, split_path
from ictsite.pages import PAGES
from ictsite.site import manifest

from ..conftest import ALL_PAGES, SITE_PAGES, page_id


def html(site, page, lang) -> str:
    return manifest.page_file(site, page.path, lang).read_text(encoding="utf-8")


def test_every_manifest_page_and_anchor_exists_in_both_languages(site_dir):
    promised = manifest.load()
    redirects = promised.get("redirects") or {}
    missing = []
    for path, anchors in promised["pages"].items():
        if path in redirects:
            continue
        for lang in LANGS:
            f = manifest.page_file(site_dir, path, lang)
            if not f.exists():
                missing.append(f"{lang}:{path}")
                continue
            have = set(manifest.anchors_in(f))
            missing += [f"{lang}:{path}#{a}" for a in anchors if a not in have]
    assert not missing, f"promised in url_manifest.yml but gone (add a redirect, never drop): {missing}"


def test_every_embed_page_in_the_manifest_exists_in_both_languages(site_dir):
    promised = manifest.load()
    redirects = promised.get("redirects") or {}
    assert promised["embeds"], "the manifest lists no embed pages"
    for lang in LANGS:
        have = manifest.collect_embeds(site_dir, lang)
        gone = [p for p in promised["embeds"] if p not in redirects and promised["embeds"][p] != have.get(p)]
        assert not gone, f"{lang}: embed pages promised but gone or changed (add a redirect): {gone}"
        new = [p for p in have if p not in promised["embeds"]]
        assert not new, f"{lang}: embed pages missing from url_manifest.yml: {new}"


def test_every_citable_anchor_is_in_the_manifest(site_dir):
    promised = manifest.load()["pages"]
    new = []
    for page in PAGES:
        listed = set(promised.get(page.path, []))
        for lang in LANGS:
            new += [f"{lang}:{page.path}#{a}" for a in manifest.anchors_in(manifest.page_file(site_dir, page.path, lang))
                    if a not in listed]
    assert not new, ("citable anchors missing from url_manifest.yml; add them on purpose with "
                     f"`python -m ictsite.site.manifest --write`: {new}")


def test_every_page_is_in_the_manifest():
    pages = [p.path for p in SITE_PAGES]
    assert pages == [p for p in manifest.load()["pages"] if p not in (manifest.load().get("redirects") or {})]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.slug)
def test_anchors_are_ascii_and_the_same_in_both_languages(site_dir, page):
    ids = {lang: manifest.anchors_in(manifest.page_file(site_dir, page.path, lang)) for lang in LANGS}
    assert ids["ko"] == ids["en"]
    assert ids["ko"], "a page with no citable anchor"
    for ident in ids["ko"]:
        assert re.fullmatch(r"[a-z][a-z0-9-]*", ident), f"{page.path}: {ident!r}"


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_no_positional_or_hangul_heading_ids(site_dir, param):
    page, lang = param
    ids = re.findall(r'<h[1-6][^>]*\bid="([^"]*)"', html(site_dir, page, lang))
    bad = [i for i in ids if re.fullmatch(r"_\d+", i) or not i.isascii()]
    assert not bad


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_html_lang_and_absolute_alternates(site_dir, param):
    page, lang = param
    text = html(site_dir, page, lang)
    assert re.search(rf'<html lang="{lang}"', text)
    alternates = dict((h, u) for u, h in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"', text))
    assert set(alternates) == {"ko", "en", "x-default"}
    site_url = re.search(r'<link rel="canonical" href="([^"]+)"', text).group(1)
    assert all(u.startswith("https://") for u in alternates.values())
    assert alternates["ko"].endswith(page.path) and alternates["en"].endswith(lang_path("en", page.path))
    assert alternates["x-default"] == alternates["ko"]
    assert site_url == alternates[lang]


def test_each_language_has_its_own_sitemap_listed_in_the_root_index(site_dir):
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    index = ET.parse(site_dir / "sitemap_index.xml").getroot()
    maps = [re.sub(r"^https://[^/]+/[^/]+/", "", el.text) for el in index.iter(f"{ns}loc")]
    assert maps == [lang_path(lang, "sitemap.xml").lstrip("/") for lang in LANGS]
    for lang, sitemap in zip(LANGS, maps):
        locs = {el.text for el in ET.parse(site_dir / sitemap).getroot().iter(f"{ns}loc")}
        paths_ = {re.sub(r"^https://[^/]+/[^/]+", "", u) for u in locs}
        # Every page, the notebook too, and the chart-only pages for iframes (public, with canonical links).
        # Release pages included.
        assert paths_ == {page.url(lang) for page, page_lang in ALL_PAGES if page_lang == lang} \
            | {lang_path(lang, p) for p in manifest.load()["embeds"]}


OFFHOST = re.compile(r"""(?:src|href)=["'](?:https?:)?//(?!example\.github\.io)[^"']+["'][^>]*>""")


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_pages_load_nothing_from_other_hosts(site_dir, param):
    page, lang = param
    text = html(site_dir, page, lang)
    loaded = [m for m in re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", text)
              if re.search(r"""(?:src|href)=["'](?:https?:)?//""", m) and not re.search(r'rel="(?:alternate|canonical)"', m)]
    assert not loaded
    assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_stylesheets_import_nothing_from_other_hosts(site_dir):
    for css in site_dir.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"""(?:@import|url\()\s*["']?(?:https?:)?//""", text), css


def test_search_index_is_split_by_language(site_dir):
    import json
    ko = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))
    en = json.loads((site_dir / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert ko["docs"] and en["docs"]
    assert all(split_path(d["location"])[0] == "ko" for d in ko["docs"])
    assert any(re.search("[가-힣]", d["title"]) for d in ko["docs"])
    assert not any(re.search("[가-힣]", d["title"]) for d in en["docs"])


def test_korean_search_splits_on_middle_dots_brackets_and_quotes(site_dir):
    import json
    config = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))["config"]
    split = re.compile(config["separator"])
    for glued, words in [("게임·소프트웨어", ["게임", "소프트웨어"]), ("「대한민국」의", ["대한민국", "의"]),
                         ("(IT 서비스)", ["IT", "서비스"]), ("‘글로벌 IP’", ["글로벌", "IP"]), ('"SaaS"', ["SaaS"])]:
        assert [w for w in split.split(glued) if w] == words
