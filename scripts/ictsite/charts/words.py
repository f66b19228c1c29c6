"""How periods read in each language (charts, release pages, the leap)."""
from __future__ import annotations

from ..data import releases as R
from ..lang import t


def period_label(period: str, lang: str) -> str:
    m = R.PERIOD_RE.fullmatch(period)
    key = f"period.{m.group(2)}" if m.group(2) else "period.year"
    return t(lang, key, year=m.group(1))
