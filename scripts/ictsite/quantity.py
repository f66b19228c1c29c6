"""A number as a reader sees it: its kind, how many decimals it may show, and its text in each
language; with the rule for how precise a computed share may be.

Below both the page generator (site/numbers.py names the story's quantities) and the charts
(their hover text and descriptions), so the two show a share by one rule and neither imports
the other.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import fmt
from .data import Dataset
from .data import releases as R
from .data.rounding import decimals
from .lang import t


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # "money" (억 달러), "stated_money" (억 달러 as a source printed it), "usd" (plain dollars), "percent" (ours), "stated_percent", "count",
    #            "year", "ratio" (times), "approx_money" (derived: about X, with its rounding range)
    amount: object = None  # for approx_money: the data.releases.Amount it shows; for
    #                        percent_range: its (low, high) ends
    digits: int = 1        # decimals shown: for percent 1, or 0 where the data cannot carry a
    #                        decimal; for stated figures, those their source printed


def stated(text: str, kind: str = "stated_percent") -> Quantity:
    """A figure someone stated (the article, a report), from its printed text: shown with the
    precision given ("56" has no decimal, "16.5" one)."""
    return Quantity(float(text), kind, digits=decimals(text))


# Half the step the article's tables print values at (0.1 억 달러): each printed cell stands
# for anything within ±HALF_STEP of it.
HALF_STEP = Decimal("0.05")


# A share shows one decimal only if the rounding of its printed cells moves it by at most this
# much either way: "44.2%" then means 44.1-44.3 at worst. A wider range carries a whole percent
# at most (36.1% of IT services could be anything from 35.7 to 36.6).
DECIMAL_SPREAD = Decimal("0.1")


def share_quantity(part: float, whole: float, cells: int = 1, printed: float | None = None) -> Quantity:
    """`part` (the sum of `cells` printed cells) as a share of `whole` (one printed cell).

    Precision follows the data: one decimal only if the rounding range of the printed cells keeps
    the share within DECIMAL_SPREAD of it either way; otherwise the article's own printed share of
    that cell (`printed`, a fraction printed to 0.01) if it has one, or a whole percent.
    """
    value = float(fmt.share(part, whole))
    lo, hi = share_range(part, whole, cells)
    if (hi - lo) / 2 <= DECIMAL_SPREAD:
        return Quantity(value, "percent")
    if _has(printed):
        return _as_printed(printed)
    return Quantity(value, "percent", digits=0)


def _has(printed: float | None) -> bool:
    return printed is not None and printed == printed  # NaN: the table prints no share there


def _as_printed(printed: float) -> Quantity:
    """The share the article's table prints (a fraction to 0.01), as a whole percent."""
    return Quantity(float(_dec(printed) * 100), "percent", digits=0)


def widened(low, high, places: int) -> tuple[Decimal, Decimal]:
    """An interval given by its printed ends ("29.1797", "29.2957"), at `places` decimals, widened
    outwards (low down, high up), never narrowed: rounding.outward on the exact values."""
    return R.rnd.outward(R.rnd.Interval(Fraction(_dec(low)), Fraction(_dec(high))), places)


def beside_claim(claimed: str) -> int:
    """How many decimals to show what the tables allow beside a claim: one more than the claim
    printed, enough to show whether it falls inside (98.5% against 98.69–98.97%)."""
    return decimals(claimed) + 1


def percent_range(point, low, high, places: int = 1) -> Quantity:
    """Every share between `low` and `high` (percent), widened to `places` decimals: for setting
    a source's figure against what the tables allow."""
    return Quantity(float(point), "percent_range", amount=widened(low, high, places), digits=places)


def row_of_shares(ds: Dataset, parts: list[float], whole: float,
                  cells: list[tuple[str, str, str]]) -> list[Quantity]:
    """The shares of one whole (a row of a split chart), each by the precision rule, then all at
    the precision of the least certain: a row reading "90 | 1 | 0.0 | 9" looks like a bug. A row
    in whole percents reads as the article's table prints it, wherever it prints a share."""
    printed = [ds.printed_share(*cell) for cell in cells]
    qs = [share_quantity(p, whole, 1, pr) for p, pr in zip(parts, printed)]
    digits = min(q.digits for q in qs)
    return [q if q.digits == digits
            else _as_printed(pr) if _has(pr)
            else Quantity(q.value, q.kind, q.amount, digits)
            for q, pr in zip(qs, printed)]


def shown(q: Quantity) -> Decimal:
    """The quantity as it is shown, as a number with exactly its shown digits (65, 44.2): what a
    chart's data table and CSV hold, so they print what the prose prints."""
    return fmt.rounded(q.value, q.digits)


def cell_share(ds: Dataset, part: float, whole: float, cells: int = 1,
               cell: tuple[str, str, str] | None = None) -> Quantity:
    """share_quantity with the printed share looked up: `cell` (dimension, industry, category)
    names the printed cell whose share the article's table prints."""
    return share_quantity(part, whole, cells, ds.printed_share(*cell) if cell else None)


def share_shown(ds: Dataset, part: float, whole: float, cells: int = 1,
                cell: tuple[str, str, str] | None = None) -> Decimal:
    return shown(cell_share(ds, part, whole, cells, cell))


def share_text(ds: Dataset, part: float, whole: float, lang: str, cells: int = 1,
               cell: tuple[str, str, str] | None = None) -> str:
    """A share as prose and chart text show it, by the same precision rule (see share_quantity)."""
    return format_quantity(cell_share(ds, part, whole, cells, cell), lang)


def share_range(part: float, whole: float, cells: int = 1) -> tuple[Decimal, Decimal]:
    """The lowest and highest share (in percent) the unrounded values behind the cells allow."""
    p, w, h = _dec(part), _dec(whole), HALF_STEP * cells
    lo = max(p - h, Decimal(0)) / (w + HALF_STEP) * 100
    hi = min((p + h) / max(w - HALF_STEP, HALF_STEP), Decimal(1)) * 100
    return lo, hi


def format_quantity(q: Quantity, lang: str) -> str:
    if q.kind == "money":
        return fmt.money(q.value, lang)
    if q.kind == "stated_money":
        digits = q.digits
        if lang == "ko":
            return f"{fmt.number(q.value, digits)}억 달러"
        if abs(q.value) < 10:
            return f"USD {fmt.number(q.value * 100, 0)} million"
        return f"USD {fmt.number(_dec(q.value) / 10, digits + 1)} billion"
    if q.kind == "percent":
        # Our own computations: one decimal where the data carry it (see share_quantity), else whole percent.
        return fmt.percent(q.value, lang, q.digits)
    if q.kind == "points":
        # A difference of percentages (the precision rule's spread), in percentage points.
        n = fmt.number(q.value, q.digits)
        return f"{n}퍼센트포인트" if lang == "ko" else f"{n} percentage points"
    if q.kind == "percent_range":
        lo, hi = q.amount
        return f"{fmt.number(lo, q.digits)}–{fmt.percent(float(hi), lang, q.digits)}"
    if q.kind == "stated_percent":
        # Figures others stated, such as the WTO's "60%": keep the precision they were given in.
        return fmt.percent(q.value, lang, q.digits)
    if q.kind == "usd":
        # Plain-dollar amounts read naturally in 만 (10^4) in Korean and in millions in English.
        if lang == "ko":
            return f"{fmt.number(_dec(q.value) / 10**4, 0)}만 달러"
        return f"USD {fmt.number(_dec(q.value) / 10**6, 0)} million"
    if q.kind == "approx_money":
        return approx_money(q.amount, lang)
    if q.kind == "ratio":
        return f"{fmt.number(q.value, 1)}배" if lang == "ko" else f"{fmt.number(q.value, 1)} times"
    if q.kind == "count":
        return fmt.number(q.value, 0)
    if q.kind == "year":
        return str(int(q.value))
    raise ValueError(f"unknown quantity kind {q.kind!r}")


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


def _dec(v) -> Decimal:
    return Decimal(str(v))
