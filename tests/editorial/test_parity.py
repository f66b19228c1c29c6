"""The two languages tell the same story: each section has the same figures, links and claim ids.

Sections are the h2 parts of a built page. Figures are compared as values: percentages as shown,
amounts converted to 억 달러 (Korean 억 달러; English USD billion ×10, USD million ÷100), years,
counts. Links are compared as written (relative links are the same in both languages), so every
ledger row (#claim-…) one language cites, the other cites too, in the same section.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from ictsite.site import manifest

from .prose import STORY_PATHS, sections

PAGES = (*STORY_PATHS, "/data/")

KO_MONEY = re.compile(r"(-)?([\d,]+(?:\.\d+)?)(?:–([\d,]+(?:\.\d+)?))?억\s*달러")
EN_MONEY = re.compile(r"(−)?USD ([\d,]+(?:\.\d+)?)(?:–([\d,]+(?:\.\d+)?))? (billion|million)")
KO_USD = re.compile(r"([\d,]+)만 달러")
EN_USD = re.compile(r"USD ([\d,]+) million")
PERCENT = re.compile(r"\d+(?:\.\d+)?%")
# A bare number: Korean counters and dates may follow it directly (2024년, 3,000곳), English words not.
BARE = re.compile(r"(?<![A-Za-z0-9.,])\d[\d,]*(?:\.\d+)?(?![A-Za-z0-9%]|[.,]\d|억)")
# Generated lists with dates and units written each language's way: the changelog
# (changelog.yml) and the data dictionary (datapackage.json's descriptions).
SKIP_SECTIONS = {"changelog", "data-dictionary"}
# "19 March 2025" says what "2025년 3월 19일" says: the month's name counts as its number.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
EN_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")


def _d(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def figures(text: str, lang: str) -> Counter:
    found: list[str] = []
    if lang == "ko":
        for m in KO_MONEY.finditer(text):
            sign = -1 if m.group(1) else 1
            found += [f"money:{sign * _d(g).normalize()}" for g in m.group(2, 3) if g]
        text = KO_MONEY.sub(" ", text)
        # 100만 달러 = USD 1 million: plain dollars, counted in 억 (10^8) like every amount.
        found += [f"money:{(_d(m.group(1)) / 10_000).normalize()}" for m in KO_USD.finditer(text)]
        text = KO_USD.sub(" ", text)
    else:
        for m in EN_MONEY.finditer(text):
            sign = -1 if m.group(1) else 1
            scale = Decimal(10) if m.group(4) == "billion" else Decimal("0.01")
            vals = [g for g in m.group(2, 3) if g]
            found += [f"money:{sign * (_d(g) * scale).normalize()}" for g in vals]
        text = EN_MONEY.sub(" ", text)
        text = EN_DATE.sub(lambda m: f"{m.group(1)} {MONTHS.index(m.group(2)) + 1} {m.group(3)}", text)
    found += [f"pct:{p}" for p in PERCENT.findall(text)]
    text = PERCENT.sub(" ", text)
    found += [f"num:{_d(n).normalize()}" for n in BARE.findall(text)]
    return Counter(found)


def link(href: str) -> str:
    """A link as both languages should share it: the language's prefix and depth aside."""
    href = re.sub(r"^(\.\./)+", "", href).replace("/en/", "/")
    href = re.sub(r"^en/", "", href)
    return re.sub(r"deed\.ko$", "", href)  # the licence's deed in the reader's language


def _sections(site_dir, path, lang):
    return sections(manifest.page_file(site_dir, path, lang).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", PAGES)
def test_each_section_has_the_same_figures_links_and_claims(site_dir, path):
    ko, en = _sections(site_dir, path, "ko"), _sections(site_dir, path, "en")
    assert [s.id for s in ko] == [s.id for s in en], f"{path}: sections differ"
    problems = []
    for k, e in zip(ko, en):
        if k.id in SKIP_SECTIONS:
            continue
        fk = figures(" ".join(k.text), "ko")
        fe = figures(" ".join(e.text), "en")
        if fk != fe:
            problems.append(f"#{k.id} figures: only ko {dict(fk - fe)}, only en {dict(fe - fk)}")
        lk, le = Counter(map(link, k.links)), Counter(map(link, e.links))
        if lk != le:
            problems.append(f"#{k.id} links: only ko {dict(lk - le)}, only en {dict(le - lk)}")
        ck = sorted(h for h in k.links if "#claim-" in h)
        ce = sorted(h for h in e.links if "#claim-" in h)
        if ck != ce:
            problems.append(f"#{k.id} claim ids differ")
    assert not problems, f"{path}:\n  " + "\n  ".join(problems)
