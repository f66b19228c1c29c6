"""How periods and approximate amounts read in each language (charts, release pages, the leap)."""
from __future__ import annotations

from .. import fmt
from ..data import releases as R
from ..lang import t


def period_label(period: str, lang: str) -> str:
    m = R.PERIOD_RE.fullmatch(period)
    key = f"period.{m.group(2)}" if m.group(2) else "period.year"
    return t(lang, key, year=m.group(1))


def money_range(a: R.Amount, lang: str) -> str:
    lo, hi = (float(x) for x in R.rnd.outward(a.interval, 1))
    if lang == "ko":
        return f"{fmt.money_amount(lo, lang)}–{fmt.money(hi, lang)}"
    if max(abs(lo), abs(hi)) < float(fmt.EOK_PER_BILLION):  # under a billion: in millions
        return f"USD {fmt.number(lo * 100, 0)}–{fmt.number(hi * 100, 0)} million"
    return f"USD {fmt.money_amount(lo, lang)}–{fmt.money_amount(hi, lang)} billion"


def approx_money(a: R.Amount, lang: str) -> str:
    """A derived or remainder amount: about X (low–high), never more precise than its inputs."""
    return t(lang, "release.about", value=fmt.money(float(a.shown), lang), range=money_range(a, lang))
