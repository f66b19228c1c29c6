"""Our own words in English: no English sentence is a sentence-by-sentence translation of the article.

Wording cannot be compared across languages; what a close translation keeps is the original's
things in the original's order. Each sentence becomes its sequence of concepts and numbers
(concepts.py: the site's bilingual labels and glossary, and a short lexicon of the article's
content words), and an English sentence fails when it shares a long ordered run of them with one
article sentence, most of that run content words rather than figures and category names (a
sentence of figures in the tables' order is data, not wording). Marked quotations are left out,
as in the Korean comparison (test_own_words.py).
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from ictsite.site import manifest

from .concepts import common_run, lexicon, sequence
from .prose import STORY_PATHS, article_sentences, sections, sentences
from .test_own_words import _require_seed

MIN_RUN = 7     # concepts and numbers in the same order as one article sentence
MIN_WORDS = 6   # of which, in their own ordered run, content words (not figures, not category names)


def _words(seq: list[str]) -> list[str]:
    return [c for c in seq if c.startswith("lex")]


@lru_cache(maxsize=2)
def _article(about_html: str) -> tuple:
    lex = lexicon(about_html)
    return lex, tuple((a, sequence(a, "ko", lex, quoted=True)) for a in article_sentences())


def translations(page_sentences: list[str], about_html: str = "") -> list[str]:
    lex, article = _article(about_html)
    bad = []
    for s in page_sentences:
        ours = sequence(s, "en", lex)
        if len(ours) < MIN_WORDS:
            continue
        for a, theirs in article:
            run = common_run(ours, theirs)
            if run >= MIN_RUN and common_run(_words(ours), _words(theirs)) >= MIN_WORDS:
                bad.append(f"{s!r}\n      ~ article: {a!r} ({run} concepts and numbers in its order)")
                break
    return bad


def test_the_measure_catches_a_close_translation():
    _require_seed()
    # English renderings, sentence for sentence, of the two passages the editorial read found
    # (issue 11); then the same facts said our way.
    assert translations(["In China, Japan and Southeast Asia, demand for mobile games, webtoons and OTT "
                         "content keeps growing."])
    assert translations(["With bold policy investment and strategic choices, Korea must complete a Korean "
                         "ICT export model that brings together digital technology, cultural content and "
                         "creative talent."])
    assert not translations(["The author expects Asian buyers of Korean games and webtoons to keep coming."])
    assert not translations(["The author closes by calling for Korea's own model of ICT exports."])


@pytest.mark.parametrize("path", STORY_PATHS)
def test_no_english_sentence_translates_the_article(site_dir, path):
    _require_seed()
    about = manifest.page_file(site_dir, "/about/", "ko").read_text(encoding="utf-8")
    html = manifest.page_file(site_dir, path, "en").read_text(encoding="utf-8")
    ours = [s for sec in sections(html) for block in sec.text for s in sentences(block)]
    assert len(ours) > 3, f"{path}: no prose found; has the page layout changed?"
    bad = translations(ours, about)
    assert not bad, f"en:{path}: {len(bad)} sentence(s) translate the article:\n  " + "\n  ".join(bad)
