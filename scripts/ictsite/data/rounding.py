"""Exact interval arithmetic over printed (rounded) numbers.

A cell printed as 12.3 stands for every true value that rounds to it: [12.25, 12.35].
We keep both ends closed because we do not know the publisher's rounding rule (half-up,
half-even...): a value exactly at x.x5 may have been rounded either way, and an honest
rounding difference must never be flagged. Everything is a Fraction: binary floats would
put 0.05-wide boundaries off by one ulp and turn boundary cases into coin flips.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction
from functools import lru_cache


@dataclass(frozen=True)
class Interval:
    lo: Fraction
    hi: Fraction

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: Fraction) -> Interval:
        ends = (self.lo * k, self.hi * k)
        return Interval(min(ends), max(ends))

    def times(self, other: Interval) -> Interval:
        ends = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends))

    def overlaps(self, other: Interval) -> bool:
        # Touching counts: [a, b] and [b, c] share the value b.
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: Fraction) -> bool:
        return self.lo <= x <= self.hi


def decimals(text: str) -> int:
    """Digits after the decimal point as printed: '12.30' -> 2, '44' -> 0."""
    return len(text.split(".", 1)[1]) if "." in text else 0


def half_unit(places: int) -> Fraction:
    return Fraction(1, 2 * 10**places)


@lru_cache(maxsize=4096)
def printed(text: str, nonnegative: bool = True) -> Interval:
    """The true values a printed number can stand for."""
    x = Fraction(Decimal(text))
    h = half_unit(decimals(text))
    lo = x - h
    if nonnegative and lo < 0:
        lo = Fraction(0)  # exports cannot be negative: 0.0 means [0, 0.05]
    return Interval(lo, x + h)


def total(intervals: list[Interval]) -> Interval:
    out = Interval(Fraction(0), Fraction(0))
    for i in intervals:
        out = out + i
    return out


def share(part: Interval, rest: Interval, whole: Interval) -> Interval | None:
    """Range of part / (part + rest) when part + rest must also lie in `whole`.

    `part` is the numerator's cells, `rest` the other parts of the same total and
    `whole` the printed total. Dividing the part's interval by the total's interval
    would ignore that the part is inside the total and over-widen the range for
    multi-cell numerators. For a fixed true total T the ratio is largest with the
    part as big as fits, min(part.hi, T - rest.lo) / T, which rises until
    T = part.hi + rest.lo and falls after; the minimum mirrors it. So each extreme
    sits at one T, clamped into the totals that are possible at all. None means no
    true values fit (the sum check reports that case).
    """
    t_lo = max(whole.lo, part.lo + rest.lo)
    t_hi = min(whole.hi, part.hi + rest.hi)
    if t_lo > t_hi:
        return None
    if t_lo <= 0:
        # Every part may be zero: the ratio is undefined there and, next to it, anything.
        return Interval(Fraction(0), Fraction(1))

    def clamp(t: Fraction) -> Fraction:
        return min(max(t, t_lo), t_hi)

    t = clamp(part.hi + rest.lo)
    high = min(part.hi, t - rest.lo) / t
    t = clamp(part.lo + rest.hi)
    low = max(part.lo, t - rest.hi) / t
    return Interval(low, high)


def round_half_up(x: Fraction, places: int) -> Decimal:
    """The project's display rule (ties away from zero, as ictsite.fmt), on an exact value."""
    scaled = abs(x) * 10**places
    n = (scaled + Fraction(1, 2)).__floor__()
    return Decimal(n if x >= 0 else -n).scaleb(-places)


def outward(iv: Interval, places: int) -> tuple[Decimal, Decimal]:
    """Fixed-decimal ends that still contain the exact interval (low down, high up)."""
    return (_directed(iv.lo, places, ROUND_FLOOR), _directed(iv.hi, places, ROUND_CEILING))


def _directed(x: Fraction, places: int, mode: str) -> Decimal:
    scaled = x * 10**places
    n = scaled.__floor__() if mode == ROUND_FLOOR else scaled.__ceil__()
    return Decimal(n).scaleb(-places)
