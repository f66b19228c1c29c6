"""Our own words, part two: no sentence of the built story pages retraces the article's moves.

`test_own_words.py` compares wording, character by character. A close paraphrase can change
every word's ending and still keep the article's list and order: "인증과 특허 문제, 언어와 문화의
차이, 해외 마케팅 역량의 부족" against "인증·특허 이슈, 언어와 문화의 장벽, 해외 마케팅 역량 부족".
This test compares content terms instead: the nouns and terms of each sentence (Hangul words of two
or more syllables with their particles stripped, Latin words), numbers, units, the tables' category
names and the words every sentence about this trade uses left out. A Korean sentence fails when the
longest common subsequence of its terms with one article sentence, or with two consecutive ones
(a paraphrase may fold two into one), is MIN_ORDERED terms or more, or MIN_ORDERED - 1 terms
making up most of a short sentence (a list item).

Marked quotations are exempt: <q> and <blockquote> are not prose (prose.py), and text inside
quotation marks is the article's words, saying so.
"""
from __future__ import annotations

import re

import pytest

from ictsite.site import manifest

from .prose import _GLOSS, _QUOTED, STORY_PATHS, TERMS, sections, sentences

MIN_ORDERED = 5     # this many of the article's terms, in its order, is retracing its sentence
SHORT_SHARE = 0.6   # or one fewer, when they make up this share of a short sentence or list item

# Particles and endings stripped from the end of a word (longest first), when two syllables remain.
PARTICLES = sorted("""에서는 에서도 으로는 으로도 으로서 으로써 에게서 이라고 이라는 라고 라는 에서 으로 에게
    까지 부터 보다 처럼 마다 이나 과의 와의 에는 에도 이며 이고 로서 로는 로도 만큼 에 의 은 는 이 가 을 를 과 와
    도 로 만 나""".split(), key=len, reverse=True)
# Words any sentence about this trade uses (figures' vocabulary, attributions, connectives):
# sharing them says nothing about following the article.
COMMON = set("""달러 수입 흑자 적자 무역수지 수지 비중 전년 대비 지역 합계 전체 첫째 둘째 셋째 넷째 다섯째
    원문 원문은 원문이 사이트 사이트의 해석 한국 대한민국 ict 서비스 수출 산업 기업 정책 방향 있습니다 합니다 봅니다 있다
    것입니다 것이다 이는 이를 또한 특히 그리고 위해 대한 통해 같은 등의 등을 따라 함께 가장 모두 있는 있고
    하는 하고 한다고 한다는 있다고 됩니다 그러나 다만 이런 이러한 이들 이것 그것 그런 어떤 여러 대해 때문""".split())
# The tables' category names (one word each) are facts, and carry over with them.
CATEGORIES = {t for t in TERMS if t.isalpha()} | {"게임", "sw", "it", "패키지"}
WORD = re.compile(r"[가-힣]+|[A-Za-z]+")


def _term(word: str) -> str | None:
    if word.isascii():
        word = word.lower()
        return word if len(word) >= 2 else None
    for p in PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 2:
            word = word[: -len(p)]
            break
    return word if len(word) >= 2 else None


def terms(sentence: str) -> list[str]:
    """The content terms of a sentence, in order; quotations and English glosses left out."""
    text = _GLOSS.sub(" ", _QUOTED.sub(" ", sentence))
    out = []
    for word in WORD.findall(text):
        term = _term(word)
        if term and term not in COMMON and word.lower() not in COMMON and term not in CATEGORIES:
            out.append(term)
    return out


def _same(a: str, b: str) -> bool:
    # One word with another ending: "선호" and "선호도", "진출" and "진출한".
    return a == b or a.startswith(b) or b.startswith(a)


def ordered_common(ours: list[str], theirs: list[str]) -> list[str]:
    """The longest common subsequence of two term lists."""
    prev: list[list[str]] = [[] for _ in range(len(theirs) + 1)]
    for x in ours:
        cur: list[list[str]] = [[]]
        for j, y in enumerate(theirs, 1):
            cur.append(prev[j - 1] + [x] if _same(x, y) else max(prev[j], cur[j - 1], key=len))
        prev = cur
    return prev[-1]


def article_units(article: str) -> list[tuple[str, list[str]]]:
    """The article's prose sentences (tables left out), and each pair of consecutive ones."""
    sents = []
    for line in article.splitlines():
        if "\t" in line or not line.strip():
            continue
        sents += [s for s in re.split(r"(?<=[.?!])\s+", line.strip()) if s]
    units = [(s, terms(s)) for s in sents]
    return units + [(f"{a} / {b}", ta + tb) for (a, ta), (b, tb) in zip(units, units[1:])]


def retracing(page_sentences: list[str], units: list[tuple[str, list[str]]]) -> list[str]:
    bad = []
    for s in page_sentences:
        ours = terms(s)
        if len(ours) < MIN_ORDERED - 1:
            continue
        heads = {t[:2] for t in ours}
        best: list[str] = []
        best_a = ""
        for a, theirs in units:
            if len(heads & {t[:2] for t in theirs}) < MIN_ORDERED - 1:
                continue  # too few terms in common to share an ordered run: skip the LCS
            common = ordered_common(ours, theirs)
            if len(common) > len(best):
                best, best_a = common, a
        if len(best) >= MIN_ORDERED or (len(best) == MIN_ORDERED - 1 and len(best) >= SHORT_SHARE * len(ours)):
            bad.append(f"{s!r}\n      ~ article: {best_a!r}\n      in order: {best}")
    return bad


# Passages of the site before the editorial rewrite (issue 11; the editor's read, findings 4-21):
# each keeps the article's terms in the article's order.
BEFORE = [
    # /regions/ #europe (finding 4)
    "말과 제도와 인증이 다르고, 일반 데이터 보호 규정(GDPR)으로 대표되는 개인정보·데이터 주권 규제가 엄격해 "
    "진출 전에 준비가 필요하다는 것입니다.",
    # /regions/ #north-america (finding 6)
    "클라우드, 구독형 소프트웨어, 기술 라이선스처럼 값비싼 ICT 서비스의 공급자가 대부분 미국 기업이어서, "
    "한국은 콘텐츠를 팔면서도 기술과 플랫폼은 사 오는 처지라는 설명입니다.",
    # /industries/ #it-services (finding 11)
    "원문에 따르면 이 분야는 대기업의 SI와 클라우드·보안·데이터 사업이 중심이고, 북미·유럽의 금융·제조·공공 "
    "프로젝트에서 쌓은 실적이 한국식 IT 서비스를 수출 상품으로 만들 수 있다는 근거가 됩니다.",
    # /firm-size/ #large-firms (finding 13)
    "해외 플랫폼과의 제휴, 나라별 서비스 기준, 데이터 보안 인증 같은 요건을 갖추는 데는 자본과 조직, "
    "해외 인맥이 든다는 것입니다.",
    # /policy/ #conclusion (finding 14): two article sentences folded into one
    "원문은 ICT 서비스 무역을 한국이 선진 디지털 경제로 가는 길의 중심에 두고, 기술과 문화와 사람을 함께 "
    "키우는 수출 모델을 만들자는 말로 글을 맺습니다.",
    # / #trade-balance (finding 15)
    "원문은 반도체·자동차 같은 제조업에 기대 온 한국 수출에서 ICT 기반 지식재산 서비스가 새 주력으로 "
    "자리 잡고 있다고 봅니다.",
    # /firm-size/ #obstacles (finding 21): one item of the article's list, unmarked
    "해외 마케팅 역량의 부족",
]


@pytest.fixture(scope="module")
def units(article_text):
    return article_units(article_text)


@pytest.mark.parametrize("sentence", BEFORE, ids=range(len(BEFORE)))
def test_the_measure_catches_the_paraphrases_the_editor_found(units, sentence):
    assert retracing([sentence], units)


def test_the_measure_passes_own_words_and_marked_quotations(units):
    ours = [
        # An argument summarised in one attributed sentence, in our own terms and order.
        "원문은 유럽 진출의 가장 큰 비용을 GDPR 같은 데이터 규칙과 인증에서 보고, 현지화에 꾸준히 투자하는 "
        "기업에는 시간이 지나며 보답하는 시장으로 평가합니다.",
        # Computed data naming the tables' categories in the tables' order.
        "수출은 아시아 58.3억 달러(52.3%), 북미 32.6억 달러(29.2%), 유럽 19.3억 달러(17.3%) 순으로 많았습니다.",
        # The article's list, marked as its words.
        "원문의 표현으로는 '인증·특허 이슈, 언어와 문화의 장벽, 해외 마케팅 역량 부족, 현지 네트워크 부재'가 "
        "되풀이해 지적되는 문제입니다.",
    ]
    assert not retracing(ours, units)


@pytest.mark.parametrize("path", STORY_PATHS)
def test_no_sentence_retraces_the_article(site_dir, units, path):
    html = manifest.page_file(site_dir, path, "ko").read_text(encoding="utf-8")
    ours = [s for sec in sections(html) for block in sec.text for s in sentences(block)]
    assert len(ours) > 3, f"{path}: no prose found; has the page layout changed?"
    bad = retracing(ours, units)
    assert not bad, (f"ko:{path}: {len(bad)} sentence(s) keep the article's terms in its order "
                     f"(summarise in one attributed sentence, or quote it, marked):\n  " + "\n  ".join(bad))
