"""How periods, category names and lists read in each language (charts, release pages, the leap)."""
from __future__ import annotations

from ..data import releases as R
from ..lang import catalogue, t


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


def listing(names: list[str], lang: str) -> str:
    """"A, B and C" / "A·B·C": a list read as a phrase, so no particle has to guess its last sound."""
    if len(names) < 2:
        return "".join(names)
    return t(lang, "release.list_sep").join(names[:-1]) + t(lang, "release.list_last") + names[-1]
