"""The formatted reference, BibTeX and the cite box for one page."""
from __future__ import annotations

import re

import pytest

from ictsite.cite.reference import bibtex, bibtex_escape, bibtex_key, cite_box, reference
from ictsite.cite.release import release
from ictsite.lang import LANGS, prefix

from .helpers import SITE, ref


@pytest.mark.parametrize("lang, path", [("ko", "regions/"), ("en", "en/regions/")])
def test_page_url_is_absolute_and_in_the_page_language(lang, path):
    r = ref(lang)
    assert r.url == SITE + path
    assert r.image_url == SITE + prefix(lang) + "social/regions.png"
    assert r.image_path == prefix(lang) + "social/regions.png"


def test_home_page_url_and_title():
    for lang in LANGS:
        r = ref(lang, "index", {"title": "x", "description": "y"})
        assert r.url == SITE + prefix(lang)
        assert r.title == r.site_name


def test_notebook_title_and_description_come_from_the_strings():
    r = ref("ko", "notebook", {})
    assert r.page_title == "노트북" and r.description


@pytest.mark.parametrize("lang", LANGS)
def test_reference_names_author_title_year_url_version_and_source(lang):
    rel = release()
    text = reference(ref(lang))
    for part in (rel.year, rel.version, ref(lang).url, {"ko": "이학기", "en": "Lee Hakki"}[lang], "Regions"):
        assert part in text
    assert ("[date]" if lang == "en" else "[날짜]") in text  # the access date is the reader's to fill
    assert ("accessed" in text) == (lang == "en") and ("접속일" in text) == (lang == "ko")


def test_home_reference_has_no_page_title_in_quotes():
    assert "“" not in reference(ref("en", "index", {"title": "Overview", "description": "x"}))
    assert "「개요」" not in reference(ref("ko", "index", {"title": "개요", "description": "x"}))


def _balanced(text: str) -> bool:
    depth = 0
    for ch in re.sub(r"\\[{}]", "", text):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("lang", LANGS)
def test_bibtex_entry_is_well_formed(lang):
    r = ref(lang)
    entry = bibtex(r)
    comment, body = entry.split("\n", 1)
    assert comment.startswith("%") and "urldate" in comment
    assert body.startswith(f"@misc{{{bibtex_key(r)},") and body.endswith("}")
    assert re.fullmatch(r"[a-z0-9-]+", bibtex_key(r))
    assert _balanced(body)
    fields = dict(re.findall(r"^  (\w+)\s*= \{(.*)\},?$", body, re.M))
    assert set(fields) == {"author", "title", "year", "version", "url", "howpublished", "language", "note"}
    assert fields["url"] == r.url and fields["year"] == release().year and fields["version"] == release().version
    assert fields["author"].startswith("{")
    assert {"ko": "이학기", "en": "Lee Hakki"}[lang] in fields["note"]


def test_bibtex_escapes_special_characters():
    assert bibtex_escape("R&D 50% #1 a_b {x} ~ ^ \\") == (
        r"R\&D 50\% \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}")


@pytest.mark.parametrize("lang", LANGS)
def test_cite_box_is_one_html_block_with_both_citations(lang):
    r = ref(lang)
    box = cite_box(r)
    heading, html = box.split("\n\n", 1)
    assert heading.endswith("{#cite}")
    assert "\n\n" not in html.strip(), "a blank line would end the raw HTML block"
    assert 'id="cite-reference"' in html and 'id="cite-bibtex"' in html
    assert html.count("data-ict-copy=") == 2
    assert release().version in html and release().date in html
    assert f'href="{r.page.root(lang)}{prefix(lang)}about/#changelog"' in html
    assert "<h2 id='cite'>" in cite_box(r, markdown_heading=False)
