"""How periods, dates, category names and lists read in each language (charts, release pages, the leap)."""
from __future__ import annotations

from datetime import date

from ..data import releases as R
from ..lang import DEFAULT_LANG, catalogue, t


def period_label(period: str, lang: str) -> str:
    m = R.PERIOD_RE.fullmatch(period)
    key = f"period.{m.group(2)}" if m.group(2) else "period.year"
    return t(lang, key, year=m.group(1))


def inline_label(ds, dim: str, code: str, lang: str) -> str:
    """A category's name inside an English sentence: lower case ("game software"), as labels are
    capitalised for tables and legends; places and acronyms keep theirs ("Asia", "IT services").
    Where English needs more than that, the catalogue says so (label.inline.region.middle_east:
    "the Middle East"). Korean names read the same anywhere."""
    key = f"label.inline.{dim}.{code}"
    if key in catalogue(lang):
        return t(lang, key)
    name = ds.label(dim, code, lang)
    if lang == "ko" or (dim == "region" and code != "other") or name[1:2].isupper():
        return name
    return name[:1].lower() + name[1:]


def cited_title(v, lang: str) -> str:
    """A release's title as a citation gives it: its own (Korean) title, quoted, and in another
    language our translation after it, as the article is cited ('…’ (The rise of …))."""
    original, own = v.text("title", DEFAULT_LANG), v.text("title", lang)
    quoted = t(lang, "release.title_quoted", title=original)
    return quoted if own == original else t(lang, "release.title_translated", quoted=quoted, translation=own)


def listing(names: list[str], lang: str) -> str:
    """"A, B and C" / "A·B·C": a list read as a phrase, so no particle has to guess its last sound."""
    if len(names) < 2:
        return "".join(names)
    return t(lang, "release.list_sep").join(names[:-1]) + t(lang, "release.list_last") + names[-1]


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def date_text(iso: str, lang: str) -> str:
    """A date as each language writes it: 2025년 9월 24일, 24 September 2025."""
    d = date.fromisoformat(iso)
    return f"{d.year}년 {d.month}월 {d.day}일" if lang == "ko" else f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
