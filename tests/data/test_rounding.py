"""Interval arithmetic over printed numbers: exact at the boundaries, never float."""
from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction as F
from itertools import combinations

import pytest

from ictsite.data import rounding as rnd


def test_printed_number_stands_for_its_rounding_interval():
    assert rnd.printed("17.2") == rnd.Interval(F("17.15"), F("17.25"))
    assert rnd.printed("44") == rnd.Interval(F("43.5"), F("44.5"))
    assert rnd.printed("0.57") == rnd.Interval(F("0.565"), F("0.575"))
    assert rnd.printed("0.0") == rnd.Interval(F(0), F("0.05"))  # exports are never negative
    assert rnd.printed("0.0", nonnegative=False).lo == F("-0.05")


def test_closed_ends_let_touching_intervals_meet():
    # 0.25 could have been printed as 0.2 or 0.3 depending on the publisher's rounding rule.
    assert rnd.printed("0.2").overlaps(rnd.printed("0.3"))
    assert not rnd.printed("0.2").overlaps(rnd.printed("0.4"))


def test_round_half_up_is_exact_at_ties():
    assert rnd.round_half_up(F("29.25"), 1) == Decimal("29.3")
    assert rnd.round_half_up(F("0.125"), 2) == Decimal("0.13")  # float 0.125 -> 0.12 elsewhere
    assert rnd.round_half_up(F("-2.5"), 0) == Decimal("-3")
    assert rnd.round_half_up(F(1, 3), 4) == Decimal("0.3333")
    assert rnd.round_half_up(F("29.2499999999"), 1) == Decimal("29.2")


def test_outward_rounding_keeps_the_interval_inside():
    europe = rnd.Interval(F("19.25") / F("111.55") * 100, F("19.35") / F("111.45") * 100)
    lo, hi = rnd.outward(europe, 4)
    assert (lo, hi) == (Decimal("17.2568"), Decimal("17.3621"))
    assert rnd.outward(rnd.Interval(F("22.2"), F("22.4")), 4) == (Decimal("22.2000"), Decimal("22.4000"))


def _share_by_corners(part, rest, whole):
    """Oracle: a ratio of linear functions peaks at a corner of the feasible polygon."""
    lines = [(1, 0, part.lo), (1, 0, part.hi), (0, 1, rest.lo), (0, 1, rest.hi),
             (1, 1, whole.lo), (1, 1, whole.hi)]
    ratios = []
    for (a1, b1, c1), (a2, b2, c2) in combinations(lines, 2):
        det = a1 * b2 - a2 * b1
        if det:
            x, r = (c1 * b2 - c2 * b1) / F(det), (a1 * c2 - a2 * c1) / F(det)
            if part.contains(x) and rest.contains(r) and whole.contains(x + r) and x + r > 0:
                ratios.append(x / (x + r))
    return rnd.Interval(min(ratios), max(ratios)) if ratios else None


def test_share_matches_the_corner_oracle():
    rng = random.Random(2024)
    checked = 0
    for _ in range(1200):
        p, r = rng.randint(0, 300), rng.randint(0, 300)
        t = p + r + rng.randint(-12, 12)
        if t <= 0:
            continue
        iv = lambda n, k: rnd.Interval(max(F(0), F(n - k, 10)), F(n + k, 10))  # noqa: E731
        part, rest, whole = iv(p, rng.choice([1, 3])), iv(r, rng.choice([1, 5, 9])), iv(t, 1)
        got, want = rnd.share(part, rest, whole), _share_by_corners(part, rest, whole)
        if part.lo + rest.lo == 0:
            continue  # all parts may be zero: share() answers [0, 1], the oracle skips it
        assert got == want, (part, rest, whole)
        checked += want is not None
    assert checked > 600


def test_share_uses_that_the_part_is_inside_the_total():
    # 110.2 of 111.5 with the rest printed as 1.3 (three cells): dividing intervals naively
    # gives 98.655%..99.013%; the part cannot be small while the rest is small too.
    part = rnd.printed("32.6") + rnd.printed("58.3") + rnd.printed("19.3")
    rest = rnd.printed("0.5") + rnd.printed("0.5") + rnd.printed("0.3")
    iv = rnd.share(part, rest, rnd.printed("111.5"))
    assert iv == rnd.Interval(F("110.05") / F("111.5"), F("110.35") / F("111.5"))
    naive = rnd.Interval(part.lo / F("111.55"), part.hi / F("111.45"))
    assert naive.lo < iv.lo and iv.hi < naive.hi


def test_share_of_impossible_sums_is_none_and_all_zero_is_anything():
    assert rnd.share(rnd.printed("1.0"), rnd.printed("1.0"), rnd.printed("5.0")) is None
    assert rnd.share(rnd.printed("0.0"), rnd.printed("0.0"), rnd.printed("0.0")) == rnd.Interval(F(0), F(1))


def test_empty_interval_is_refused():
    with pytest.raises(ValueError):
        rnd.Interval(F(2), F(1))
