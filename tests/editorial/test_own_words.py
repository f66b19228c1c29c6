"""Our own words: no sentence of the built story pages follows a sentence of the article.

The article (../shared/seed/, next to every clone and in CI) is compared sentence by sentence
with the Korean story pages, numbers and units aside. A sentence fails when most of it is made
of runs of the article's wording, or when it shares a long run with it. Quotations marked as
such (<q>, <blockquote>) are left out: they are the article's words, and say so.
The English pages are checked by `test_own_words_en.py` (concepts and numbers in the article's
order); `test_parity.py` keeps the two languages in step.
"""
from __future__ import annotations

import difflib
import os

import pytest

from ictsite.site import manifest

from .prose import SEED, STORY_PATHS, article_sentences, normalise, sections, sentences

MIN_RUN = 4        # a run of fewer characters is ordinary Korean (endings, particles, one word)
MAX_COVER = 0.5    # at most half a sentence may be made of runs found in one article sentence
MAX_RUN = 16       # and no run of this many characters (about three or four words)
MIN_LEN = 16       # the share rule needs a sentence long enough to judge


def _require_seed():
    if not SEED.exists():
        # CI checks out the project next to shared/; a clone without it cannot judge our words.
        pytest.fail(f"{SEED} is missing: the article must sit next to this clone (../shared/seed/)"
                    + (" and CI must provide it" if os.environ.get("CI") else ""))


def closeness(ours: str, theirs: str) -> tuple[float, int, str]:
    """(share of `ours` made of runs of `theirs`, longest run, that run), both normalised."""
    m = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    blocks = [b for b in m.get_matching_blocks() if b.size >= MIN_RUN]
    covered = sum(b.size for b in blocks)
    longest = max(blocks, key=lambda b: b.size, default=None)
    run = ours[longest.a:longest.a + longest.size] if longest else ""
    return covered / max(len(ours), 1), len(run), run


def close_matches(page_sentences: list[str], article: list[str]) -> list[str]:
    norm_article = [(a, normalise(a, quoted=True)) for a in article]
    bad = []
    for s in page_sentences:
        ns = normalise(s)
        if len(ns) < 8:
            continue
        for a, na in norm_article:
            cover, run_len, run = closeness(ns, na)
            if (cover >= MAX_COVER and len(ns) >= MIN_LEN) or run_len >= MAX_RUN:
                bad.append(f"{s!r}\n      ~ article: {a!r} (cover {cover:.2f}, run {run!r})")
                break
    return bad


def test_the_measure_catches_a_close_paraphrase():
    _require_seed()
    article = article_sentences()
    # The two sentences the editorial read found (issue 11), and a fresh one of ours.
    assert close_matches(["중국, 일본, 동남아시아에서는 모바일 게임, 웹툰, OTT 콘텐츠 수요가 계속 늘고 있습니다."], article)
    assert close_matches(["과감한 정책 투자와 전략적 선택으로 디지털 기술, 문화 콘텐츠, 창의적인 인재를 "
                          "한데 묶은 한국형 ICT 수출 모델을 완성해야 합니다."], article)
    assert not close_matches(["아시아로 간 수출의 절반 이상이 게임과 디지털 콘텐츠였습니다."], article)


@pytest.mark.parametrize("path", STORY_PATHS)
def test_no_sentence_follows_the_article(site_dir, path):
    _require_seed()
    html = manifest.page_file(site_dir, path, "ko").read_text(encoding="utf-8")
    ours = [s for sec in sections(html) for block in sec.text for s in sentences(block)]
    assert len(ours) > 3, f"{path}: no prose found; has the page layout changed?"
    bad = close_matches(ours, article_sentences())
    assert not bad, f"ko:{path}: {len(bad)} sentence(s) follow the article:\n  " + "\n  ".join(bad)
