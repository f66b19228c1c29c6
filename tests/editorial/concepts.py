"""Concepts and numbers in order: how an English sentence is set against a Korean one.

Wording cannot be compared across languages, but a sentence-by-sentence translation keeps the
original's things in the original's order: its countries, sectors, products and figures. So each
sentence becomes a sequence of concept ids and numbers, found through a bilingual lexicon:

* the site's own bilingual names: data/labels.csv and the glossary on /about/ (bold Korean term,
  English in brackets), the same terms the two languages must use;
* lexicon.csv beside this file: the article's other content words (places, products, trade words).

Numbers are compared as values in the article's units: English "USD 5.11 billion" is 51.1 (억 달러),
"USD 360 million" 3.6; percentages and years as written.
"""
from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ictsite.paths import ROOT

# The article's content words beyond the labels and glossary: lexicon.csv, one concept a row,
# Korean stems and English forms (a lower-case English form is a word start, e.g. "regulat").
LEXICON_CSV = Path(__file__).with_name("lexicon.csv")


def _lexicon_rows() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    with open(LEXICON_CSV, encoding="utf-8", newline="") as fh:
        return [(tuple(r["ko"].split("|")), tuple(r["en"].split("|"))) for r in csv.DictReader(fh)]


LEXICON = _lexicon_rows()

_NUM = r"\d[\d,]*(?:\.\d+)?"
KO_NUMBER = re.compile(rf"({_NUM})\s*(억\s*달러|%)?")
EN_NUMBER = re.compile(rf"(?:USD\s*)?({_NUM})\s*(billion|million|%)?")
_SKIP_LABELS = {"total", "other"}  # 전체, 합계, 기타: words every sentence may use


def _labels() -> list[tuple[str, str]]:
    with open(ROOT / "data" / "labels.csv", encoding="utf-8", newline="") as fh:
        return [(r["ko"], r["en"].replace(" n.i.e.", "")) for r in csv.DictReader(fh) if r["code"] not in _SKIP_LABELS]


GLOSSARY = re.compile(r"<li><strong>([^<]+)</strong> \(([^)]+)\)")


def lexicon(about_ko_html: str = "") -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(concept id, Korean forms, English forms), longest forms first when matched."""
    out = [(f"lex{i}", ko, en) for i, (ko, en) in enumerate(LEXICON)]
    pairs = _labels() + [(k.strip(), e.strip()) for k, e in GLOSSARY.findall(about_ko_html)]
    for ko, en in pairs:
        forms = tuple(f.strip() for f in en.split(",") if f.strip()) if en.endswith("SMEs") else (en,)
        out.append((f"term:{ko}", (ko,), forms))
    return out


def _value(text: str, unit: str | None, lang: str) -> str | None:
    try:
        v = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    if lang == "en" and unit == "billion":
        v *= 10
    elif lang == "en" and unit == "million":
        v /= 100
    return f"n:{v.normalize()}"


# Marked quotations are the article's words and say so (as in the Korean comparison): left out.
KO_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|‘[^’]*’|“[^”]*”|'[^']*'|\"[^\"]*\"")
EN_QUOTED = re.compile(r"‘[^’]*’|“[^”]*”|\"[^\"]*\"|(?<![A-Za-z])'[^']*'(?![A-Za-z])")


def sequence(sentence: str, lang: str, lex, quoted: bool = False) -> list[str]:
    """The concepts and numbers of a sentence, in the order they occur (quotations left out
    unless `quoted`)."""
    if not quoted:
        sentence = (KO_QUOTED if lang == "ko" else EN_QUOTED).sub(" ", sentence)
    hits: list[tuple[int, str]] = []
    taken = [False] * len(sentence)
    forms = [(f, cid) for cid, ko, en in lex for f in (ko if lang == "ko" else en)]
    forms.sort(key=lambda fc: len(fc[0]), reverse=True)
    for form, cid in forms:
        if lang == "ko":
            pattern = re.escape(form)
        else:  # a word start; English forms may be stems ("regulat")
            pattern = r"(?<![A-Za-z])" + re.escape(form) + ("" if form[-1].islower() else r"(?![A-Za-z])")
        flags = 0 if (lang == "ko" or form.isupper()) else re.I
        for m in re.finditer(pattern, sentence, flags):
            if not any(taken[m.start():m.end()]):
                hits.append((m.start(), cid))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    number = KO_NUMBER if lang == "ko" else EN_NUMBER
    for m in number.finditer(sentence):
        if any(taken[m.start(1):m.end(1)]):
            continue
        unit = m.group(2).replace(" ", "") if m.group(2) else None
        v = _value(m.group(1), unit, lang)
        if v:
            hits.append((m.start(), v))
    return [cid for _, cid in sorted(hits)]


def common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence: the same things in the same order."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
