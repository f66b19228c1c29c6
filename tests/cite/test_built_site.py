"""The built site (site/, as `make site` leaves it) keeps the citation promises in both languages.

A page's citation URL, canonical link, citation_public_url and og:url are one URL, and it is the
address of the very file that carries them; the share card it names exists; the data downloads
are the repository's files byte for byte; versions agree; moved pages redirect.
"""
from __future__ import annotations

import io
import json
import re
from functools import cache
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from PIL import Image

from ictsite import pages as P
from ictsite import paths
from ictsite.cite.card import render_card
from ictsite.cite.reference import CARD_SIZE
from ictsite.cite.release import release, site_url
from ictsite.lang import LANGS, lang_path
from ictsite.site import manifest

from ..conftest import ALL_PAGES, MOVED, page_id


@cache
def html(page, lang) -> str:
    return manifest.page_file(paths.SITE, page.path, lang).read_text(encoding="utf-8")


def metas(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for _, name, content in re.findall(r'<meta (name|property)="([^"]+)" content="([^"]*)">', text):
        out.setdefault(name, []).append(unescape(content))
    return out


def by_id(text: str, ident: str) -> str:
    """The inner HTML of the element with this id (attribute order varies: nbconvert sorts them)."""
    m = re.search(rf'<(\w+)\b[^>]*\bid="{ident}"[^>]*>(.*?)</\1>', text, re.S)
    assert m, f"no #{ident}"
    return unescape(m.group(2))


def by_class(text: str, cls: str) -> str:
    m = re.search(rf'<(\w+)\b[^>]*\bclass="{cls}"[^>]*>(.*?)</\1>', text, re.S)
    assert m, f"no .{cls}"
    return m.group(2)


def site_file(url: str, root: str) -> Path:
    """The file in site/ that a public URL below `root` is served from."""
    assert url.startswith(root), f"{url} is not below the public address {root}"
    rel = urlsplit(url).path[len(urlsplit(root).path):]
    f = paths.SITE / rel
    return f / "index.html" if rel.endswith("/") or rel == "" else f


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_citation_url_is_the_address_of_the_page_that_carries_it(site_dir, param):
    page, lang = param
    text, root = html(page, lang), site_url()
    url = root + page.url(lang).lstrip("/")
    m = metas(text)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', text).group(1)
    assert canonical == url == m["citation_public_url"][0] == m["og:url"][0]
    reference, bibtex = by_id(text, "cite-reference"), by_id(text, "cite-bibtex")
    assert f" {url} " in reference
    assert f"url          = {{{url}}}" in bibtex
    assert site_file(url, root) == manifest.page_file(site_dir, page.path, lang)
    assert m["citation_title"][0] in bibtex and m["citation_language"] == [lang]


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_cite_box_is_compact_and_expands_for_bibtex(site_dir, param):
    """The reference and its copy button are in view; the BibTeX entry and its button fold under a
    closed summary, so the box stays short until a reader asks for BibTeX."""
    page, lang = param
    text = html(page, lang)
    box = text[text.index('<div class="ict-cite"'):]
    box = box[:box.index('<p class="ict-cite__note"')]
    more = re.search(r'<details class="ict-cite__more"(?P<attrs>[^>]*)>(?P<body>.*?)</details>', box, re.S)
    assert more and "open" not in more.group("attrs")
    outside = box[:more.start()] + box[more.end():]
    assert 'id="cite-reference"' in outside and 'data-ict-copy="cite-reference"' in outside
    assert 'id="cite-bibtex"' in more.group("body") and 'data-ict-copy="cite-bibtex"' in more.group("body")
    assert "<pre" not in outside


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_version_and_date_on_every_page(site_dir, param):
    page, lang = param
    text, rel = html(page, lang), release()
    footer, cite = by_class(text, "ict-release-line"), by_class(text, "ict-cite__release")
    for part in (rel.version, rel.date):
        assert part in footer and part in cite
    assert metas(text)["citation_version"] == [rel.version]
    assert text.rstrip().endswith("</html>")
    # The cite box is the last thing in the article, after the source credit.
    article = text[text.index("<article"):text.index("</article>")]
    assert article.index('id="source"' if page.slug != "notebook" else "ict-cite") <= article.index("ict-cite")
    assert article.rindex("</div>") > article.index('class="ict-cite"')


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_share_card_tags_name_an_existing_png_in_the_page_language(site_dir, param):
    page, lang = param
    m = metas(html(page, lang))
    for key in ("og:title", "og:description", "og:image", "og:url", "og:locale", "twitter:card",
                "twitter:title", "twitter:description", "twitter:image", "twitter:image:alt"):
        assert m.get(key), f"{key} missing"
    assert m["og:locale"] == [{"ko": "ko_KR", "en": "en_US"}[lang]]
    assert (re.search("[가-힣]", m["og:title"][0]) is not None) == (lang == "ko")
    image = site_file(m["og:image"][0], site_url())
    assert image.is_file(), m["og:image"][0]
    data = image.read_bytes()
    img = Image.open(io.BytesIO(data))
    assert img.format == "PNG" and img.size == CARD_SIZE
    assert [int(m["og:image:width"][0]), int(m["og:image:height"][0])] == list(CARD_SIZE)


def test_share_cards_are_the_same_bytes_as_a_fresh_rendering(site_dir):
    """Builds are deterministic: what the build wrote is what rendering now gives, byte for byte."""
    from ictsite.cite.build import ref_for
    sizes = []
    for page, lang in ALL_PAGES:
        md = paths.DOCS / lang / page.file
        ref = ref_for(lang, page, md.read_text(encoding="utf-8") if page.file.endswith(".md") else None,
                      release(), site_url())
        built = (site_dir / ref.image_path).read_bytes()
        assert built == render_card(ref), ref.image_path
        sizes.append(len(built))
    assert max(sizes) < 60_000


@pytest.mark.parametrize("param", ALL_PAGES, ids=page_id)
def test_json_ld_credits_the_article_and_its_author(site_dir, param):
    page, lang = param
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html(page, lang), re.S)
    assert len(blocks) == 1
    doc = json.loads(blocks[0])
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == ("Dataset" if page.slug == "data" else "Article")
    assert doc["url"] == site_url() + page.url(lang).lstrip("/") and doc["inLanguage"] == lang
    article = doc["isBasedOn"][0]
    assert article["name"] == "대한민국 ICT 서비스 무역의 도약과 과제"
    assert article["author"]["name"] == "이학기" and "KISDI" in article["author"]["affiliation"]["alternateName"]
    assert doc["version"] == release().version
    if doc["@type"] == "Dataset":  # the files offered on the page (their bytes: the test below)
        offered = download_links(html(page, lang), site_url() + page.url(lang).lstrip("/"))
        assert {d["name"]: d["contentUrl"] for d in doc["distribution"]} == offered


def download_links(page_html: str, page_url: str) -> dict[str, str]:
    block = re.search(r'<ul class="ict-downloads">(.*?)</ul>', page_html, re.S).group(1)
    return {name: urljoin(page_url, href) for href, name in
            re.findall(r'<a href="([^"]+)" download><code>([^<]+)</code></a>', block)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_download_is_served_byte_identical(site_dir, lang):
    page = P.BY_SLUG["data"]
    base = "http://site.invalid/"
    links = download_links(html(page, lang), base + page.url(lang).lstrip("/"))
    package = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert set(links) == {r["path"] for r in package["resources"]} | {"datapackage.json"}
    for name, url in links.items():
        served = site_dir / urlsplit(url).path.lstrip("/")
        assert served.read_bytes() == (paths.DATA / name).read_bytes(), f"{lang}: {name}"


@pytest.mark.parametrize("lang", LANGS)
def test_ledger_highlights_discrepancies_and_explains_them(site_dir, lang):
    text = html(P.BY_SLUG["data"], lang)
    ledger = text[text.index('class="md-typeset__scrollwrap ict-ledger"'):]
    ledger = ledger[:ledger.index("</table>")]
    used = set(re.findall(r'ict-status--(\w+)', ledger))
    assert "inconsistent" in used
    statuses = text[text.index('id="statuses"'):text.index('id="discrepancies-found"')]
    from ictsite.lang import t
    for status in used:
        assert t(lang, f"claims.status.{status}") in statuses, f"{status} not explained"
    found = text[text.index('id="discrepancies-found"'):]
    for row in re.findall(r'<tr id="(claim-[^"]+)" class="ict-claim ict-claim--inconsistent">', ledger):
        assert f'#{row}"' in found, f"{row} is flagged but not discussed under #discrepancies-found"
    assert 'href="#statuses"' in text and 'href="#discrepancies-found"' in text


@pytest.mark.build
def test_every_redirect_has_a_page_in_both_languages(moved_build):
    redirects = moved_build.redirects()
    assert MOVED.items() <= redirects.items()
    for old, new in redirects.items():
        for lang in LANGS:
            f = manifest.page_file(moved_build.site, old, lang)
            assert f.is_file(), f"{lang}:{old} has no redirect page"
            text = f.read_text(encoding="utf-8")
            assert f'<html lang="{lang}">' in text
            assert f'<link rel="canonical" href="{site_url()}{lang_path(lang, new).lstrip("/")}">' in text


def test_licences_agree_everywhere(site_dir):
    from ictsite.cite.release import MKDOCS_YML, _MkdocsLoader
    from ictsite.site.engine import CONFIGS
    config = yaml.load(MKDOCS_YML.read_text(encoding="utf-8"), Loader=_MkdocsLoader)
    en_copy = yaml.load(CONFIGS["en"].read_text(encoding="utf-8"), Loader=_MkdocsLoader)["copyright"]
    for text in (config["copyright"], en_copy):
        assert "MIT" in text and "CC BY 4.0" in text
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"Code: MIT", readme) and "CC BY 4.0" in readme
    for lang in LANGS:
        about = html(P.BY_SLUG["about"], lang)
        licence = about[about.index('id="licence"'):about.index('id="changelog"')]
        assert "MIT" in licence and "CC BY 4.0" in licence


RELEASE_PAGES = [(page, lang) for page, lang in ALL_PAGES if page.template == "release"]


@pytest.mark.parametrize("param", RELEASE_PAGES, ids=page_id)
def test_a_release_page_credits_its_release_not_the_article(site_dir, param):
    """Whoever cites /releases/<slug>/ credits the release's publisher, in the source line, the
    reference and the BibTeX note; the article's author is named nowhere in them."""
    page, lang = param
    from ictsite.data import load_dataset
    from ictsite.data.releases import release_views
    from ictsite.data.schema import ARTICLE_RELEASE
    view = next(v for v in release_views(load_dataset()) if page.path == lang_path("ko", f"releases/{v.slug}/"))
    article = next(v for v in release_views(load_dataset()) if v.id == ARTICLE_RELEASE)
    text = html(page, lang)
    credit = unescape(re.sub(r"<[^>]+>", "", by_class(text, "ict-credit")))
    bibtex_note = re.search(r"note\s*=\s*\{(.*)\},?\n", by_id(text, "cite-bibtex")).group(1)
    for where, words in (("source line", credit), ("reference", by_id(text, "cite-reference")),
                         ("BibTeX note", bibtex_note)):
        assert view.text("publisher", lang) in words and view.text("title", lang) in words, where
        assert article.text("publisher", lang).split(" (")[0] not in words, where
    # The advice under the box: cite the release, not the article.
    note = unescape(re.sub(r"<[^>]+>", "", by_class(text, "ict-cite__note")))
    assert view.text("publisher", lang) in note and article.text("publisher", lang).split(" (")[0] not in note
