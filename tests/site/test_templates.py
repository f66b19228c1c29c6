"""The story templates: both languages present, no hand-typed figures, same anchors in both."""
from __future__ import annotations

import re

import pytest

from ictsite.lang import LANGS
from ictsite.pages import PAGES
from ictsite.site.render import STORY

MD_PAGES = [p for p in PAGES if p.file.endswith(".md")]
EXPRESSION = re.compile(r"\[\[.*?\]\]|\[%.*?%\]|\[#.*?#\]", re.S)
LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.M)
TAG = re.compile(r"<[^>]+>")  # attributes such as markdown="1" are markup, not figures
ID = re.compile(r"\{#([^}\s]+)")


def source(page, lang) -> str:
    return (STORY / lang / f"{page.slug}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", MD_PAGES, ids=lambda p: p.slug)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_both_languages(page, lang):
    assert (STORY / lang / f"{page.slug}.md").is_file()


@pytest.mark.parametrize("page", MD_PAGES, ids=lambda p: p.slug)
@pytest.mark.parametrize("lang", LANGS)
def test_no_figure_is_typed_into_a_template(page, lang):
    prose = TAG.sub("", LIST_MARKER.sub("", EXPRESSION.sub("", source(page, lang))))
    typed = [line.strip() for line in prose.splitlines() if re.search(r"\d", line)]
    assert not typed, f"{lang}/{page.slug}.md has digits outside [[ ]]: {typed[:3]}"


@pytest.mark.parametrize("page", MD_PAGES, ids=lambda p: p.slug)
def test_anchor_ids_match_across_languages(page):
    ids = {lang: ID.findall(source(page, lang)) for lang in LANGS}
    assert ids["ko"] == ids["en"]
    for ident in ids["ko"]:
        assert re.fullmatch(r"[a-z][a-z0-9-]*", ident), f"{page.slug}: id {ident!r} is not ASCII kebab-case"

