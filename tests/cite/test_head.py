"""<head> metadata: Highwire citation_* tags, Open Graph and Twitter cards, JSON-LD."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

from ictsite import pages as P
from ictsite.cite.head import head_html, json_ld, script_json
from ictsite.cite.release import release, site_url
from ictsite.cite.theme import page_context, page_of
from ictsite.lang import LANGS

from .helpers import ref

PACKAGE = {"keywords": ["ICT"], "resources": [{"path": "a.csv"}], "title": "T", "title_ko": "제목",
           "description": "D", "description_ko": "설명"}


def metas(html: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for attr, name, content in re.findall(r'<meta (name|property)="([^"]+)" content="([^"]*)">', html):
        out.setdefault(name, []).append(unescape(content))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_highwire_and_share_card_tags(lang):
    r = ref(lang)
    m = metas(head_html(r, PACKAGE))
    assert m["citation_title"] == [r.title]
    assert m["citation_public_url"] == [r.url] == m["og:url"]
    assert m["citation_publication_date"] == [release().date.replace("-", "/")]
    assert m["citation_language"] == [lang]
    assert m["citation_author"] and m["citation_publisher"]
    assert "이학기" in m["citation_reference"][0]
    assert m["og:image"] == [r.image_url] == m["twitter:image"]
    assert m["og:locale"] == [{"ko": "ko_KR", "en": "en_US"}[lang]]
    assert m["og:locale:alternate"] == [{"ko": "en_US", "en": "ko_KR"}[lang]]
    assert m["og:image:width"] == ["1200"] and m["og:image:height"] == ["630"]
    assert m["twitter:card"] == ["summary_large_image"]
    assert m["og:description"] == [r.description] == m["twitter:description"]
    assert "description" not in m
    assert metas(head_html(r, PACKAGE, with_description=True))["description"] == [r.description]


def test_article_elsewhere_dataset_on_the_data_page():
    article = json_ld(ref("en"), PACKAGE)
    assert article["@type"] == "Article" and article["headline"] == ref("en").title
    dataset = json_ld(ref("ko", "data", {"title": "데이터", "description": "x"}), PACKAGE)
    assert dataset["@type"] == "Dataset" and dataset["name"] == "제목" and dataset["description"] == "설명"
    urls = [d["contentUrl"] for d in dataset["distribution"]]
    assert urls == [ref("ko").root + "data/a.csv", ref("ko").root + "data/datapackage.json"]
    for doc in (article, dataset):
        assert doc["version"] == release().version and doc["dateModified"] == release().date
        based = doc["isBasedOn"][0]
        assert based["author"]["name"] == "이학기" and "KISDI" in based["author"]["affiliation"]["alternateName"]


def test_json_ld_cannot_close_its_script_element():
    assert "</" not in script_json({"x": "</script><b>"})
    assert json.loads(script_json({"x": "</script>"})) == {"x": "</script>"}


def test_page_of_maps_mkdocs_urls():
    assert page_of("") == ("ko", P.BY_SLUG["index"])
    assert page_of("en/") == ("en", P.BY_SLUG["index"])
    assert page_of("en/notebook/") == ("en", P.BY_SLUG["notebook"])
    assert page_of("regions/") == ("ko", P.BY_SLUG["regions"])
    assert page_of("nowhere/") is None and page_context("nowhere/", {}, site_url()) == {}


def test_page_context_for_the_theme():
    ctx = page_context("en/regions/", {"title": "Regions", "description": "x"}, site_url())
    assert 'content="Regions — ' in ctx["ict_head"]
    assert release().version in ctx["ict_release"] and 'href="../../en/about/#changelog"' in ctx["ict_release"]
