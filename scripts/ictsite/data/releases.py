"""Releases over time: each release's totals and breakdowns, published or not, with their rounding.

Every amount here carries the interval of true values its printed digits allow, so a remainder
(what a release leaves unnamed) or a derived figure (2023 from the article's growth rates) is shown
no more precisely than the data behind it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import rounding as rnd
from .load import Dataset
from .schema import ARTICLE_RELEASE, DIMENSIONS, PAGE_KINDS, PERIOD_RE, TOTAL

BREAKDOWNS = ("industry", "trade_type", "region", "firm_type")


@dataclass(frozen=True)
class Amount:
    """A figure in 억 달러 (or a share as a fraction): its face value and the true values it allows."""
    point: Fraction
    interval: rnd.Interval
    how: str  # "published", "derived" (computed from published figures) or "remainder"

    @property
    def derived(self) -> bool:
        return self.how != "published"

    @property
    def shown(self) -> Decimal:
        """To 0.1, like the figures it comes from."""
        return rnd.round_half_up(self.point, 1)


def published_amount(text: str) -> Amount:
    return Amount(Fraction(Decimal(text)), rnd.printed(text, nonnegative=False), "published")


def _sub(a: Amount, b: Amount, how: str = "derived") -> Amount:
    return Amount(a.point - b.point, a.interval - b.interval, how)


@dataclass(frozen=True)
class Part:
    code: str
    value: Amount | None   # None: the release prints no value (shares only, or not at all)
    share: Amount | None   # the printed share, as a fraction
    status: str            # published / not_published / remainder


@dataclass(frozen=True)
class ReleaseView:
    id: str
    slug: str
    kind: str
    periods: tuple[str, ...]
    row: dict

    @property
    def period(self) -> str:
        return self.periods[0]

    @property
    def is_half(self) -> bool:
        return PERIOD_RE.fullmatch(self.period).group(2) is not None

    def text(self, key: str, lang: str) -> str:
        return str(self.row[f"{key}_{lang}"])


def release_views(ds: Dataset) -> tuple[ReleaseView, ...]:
    """All releases with figures of their own (kinds tables and summary), newest own period first
    (ties: the order of releases.csv); computed once per dataset. A `cited` release only lends a
    few prose facts: no page."""
    return ds.memo("release_views", lambda: _release_views(ds))


def _release_views(ds: Dataset) -> tuple[ReleaseView, ...]:
    views = [ReleaseView(r.id, r.slug, r.kind, tuple(r.periods.split()), r._asdict())
             for r in ds.releases.itertuples(index=False) if r.kind in PAGE_KINDS]
    return tuple(sorted(views, key=lambda v: period_key(v.period), reverse=True))


def period_key(period: str) -> tuple[int, int]:
    """Sort key; a year sorts after its halves (it ends last)."""
    m = PERIOD_RE.fullmatch(period)
    return int(m.group(1)), {"H1": 1, "H2": 2, None: 3}[m.group(2)]


def year_before(period: str) -> str:
    m = PERIOD_RE.fullmatch(period)
    return f"{int(m.group(1)) - 1}{m.group(2) or ''}"


def latest(ds: Dataset) -> ReleaseView:
    return release_views(ds)[0]


def view(ds: Dataset, release_id: str) -> ReleaseView:
    """One release's view; KeyError if data/releases.csv has no such id."""
    return ds.memo("release_view_by_id", lambda: {v.id: v for v in release_views(ds)})[release_id]


# ---- figures of one release ---------------------------------------------------------------

def _table_text(ds: Dataset, dimension: str, industry: str, category: str, year: int) -> str | None:
    t = ds.tables[dimension]
    rows = t[(t.industry == industry) & (t[dimension] == category) & (t.year == year)]
    return None if rows.empty else f"{rows.iloc[0]['value']:.1f}"


def _fact_text(ds: Dataset, fact_id: str, release: str, period: str) -> str | None:
    """A fact's value as prose_facts.csv prints it, its digits its precision."""
    f = ds.facts
    rows = f[(f.id == fact_id) & (f.release == release) & (f.period == period)]
    return None if rows.empty else str(rows.iloc[0]["value_text"])


def _figure_rows(ds: Dataset, v: ReleaseView, period: str, flow: str, dimension: str):
    f = ds.figures
    return f[(f.release == v.id) & (f.period == period) & (f.flow == flow) & (f.dimension == dimension)]


def total(ds: Dataset, v: ReleaseView, flow: str, period: str | None = None) -> Amount | None:
    """Exports, imports or the balance of a period the release covers; None if not known."""
    period = period or v.period
    if v.kind == "summary":
        rows = _figure_rows(ds, v, period, flow, TOTAL)
        if not rows.empty and rows.iloc[0]["status"] == "published":
            return published_amount(f"{rows.iloc[0]['value']:.1f}")
    elif PERIOD_RE.fullmatch(period).group(2) is None and period == v.period:
        if flow == "exports":
            text = _table_text(ds, DIMENSIONS[0], TOTAL, TOTAL, int(period))
            return published_amount(text) if text else None
        if flow in ("imports", "balance"):
            text = _fact_text(ds, "imports_total" if flow == "imports" else "trade_balance", v.id, period)
            if text:
                return published_amount(text)
    if flow == "balance":
        ex, im = total(ds, v, "exports", period), total(ds, v, "imports", period)
        return _sub(ex, im) if ex and im else None
    return None


def growth(ds: Dataset, v: ReleaseView, flow: str) -> str | None:
    """The growth rate the release itself prints for its own period, as printed (percent)."""
    return _fact_text(ds, f"{flow}_growth", v.id, v.period)


def previous(ds: Dataset, v: ReleaseView, flow: str, derive: bool = True) -> Amount | None:
    """The same flow a year earlier: printed by this release, else by the release whose own period
    it is, else (with `derive`) derived from this release's printed growth rate and its rounding."""
    before = year_before(v.period)
    if before in v.periods:
        found = total(ds, v, flow, before)
        if found:
            return found
    for other in release_views(ds):
        if other.period == before:
            found = total(ds, other, flow)
            if found:
                return found
    if flow == "balance":
        ex, im = previous(ds, v, "exports", derive), previous(ds, v, "imports", derive)
        return _sub(ex, im) if ex and im else None
    if not derive:
        return None
    now, rate = total(ds, v, flow), growth(ds, v, flow)
    if now is None or rate is None:
        return None
    factor = Fraction(1) + published_amount(rate).point / 100
    r = rnd.printed(rate)
    hi_f, lo_f = 1 + r.hi / 100, 1 + r.lo / 100
    return Amount(now.point / factor, rnd.Interval(now.interval.lo / hi_f, now.interval.hi / lo_f), "derived")


def change_percent(now: Amount, before: Amount) -> Amount:
    """(now / before - 1) x 100, with the interval the two figures' rounding allows."""
    lo = (now.interval.lo / before.interval.hi - 1) * 100
    hi = (now.interval.hi / before.interval.lo - 1) * 100
    return Amount((now.point / before.point - 1) * 100, rnd.Interval(lo, hi), "derived")


def breakdown(ds: Dataset, v: ReleaseView, dimension: str) -> list[Part]:
    """The release's exports by one breakdown, in labels.csv order, with a remainder part for what
    it leaves unnamed (value interval = total minus the named parts). [] if it has none."""
    codes = [c for c in ds.labels[ds.labels.dimension == dimension].code if c != TOTAL]
    if v.kind == "tables":
        return _table_breakdown(ds, v, dimension, codes)
    rows = _figure_rows(ds, v, v.period, "exports", dimension)
    if rows.empty:
        return []
    parts = []
    for code in codes:
        r = rows[rows.code == code].iloc[0]
        value = published_amount(f"{r['value']:.1f}") if r["value"] == r["value"] else None
        share = published_amount(f"{r['share']:.2f}") if r["share"] == r["share"] else None
        parts.append(Part(code, value, share, r["status"]))
    missing = [p for p in parts if p.status == "not_published"]
    whole = total(ds, v, "exports")
    if missing and whole and all(p.value for p in parts if p.status == "published"):
        named = rnd.total([p.value.interval for p in parts if p.value])
        point = whole.point - sum((p.value.point for p in parts if p.value), Fraction(0))
        iv = rnd.Interval(max(Fraction(0), whole.interval.lo - named.hi), whole.interval.hi - named.lo)
        parts.append(Part(TOTAL, Amount(point, iv, "remainder"), None, "remainder"))
    return parts


def _table_breakdown(ds: Dataset, v: ReleaseView, dimension: str, codes: list[str]) -> list[Part]:
    year = int(v.period)
    if dimension == "firm_type":
        return []  # the tables break firms down by firm_size instead
    if dimension == "industry":
        texts = {c: _table_text(ds, DIMENSIONS[0], c, TOTAL, year) for c in codes}
    else:
        texts = {c: _table_text(ds, dimension, TOTAL, c, year) for c in codes}
    t = ds.tables[DIMENSIONS[0] if dimension == "industry" else dimension]
    shares = {}
    if dimension != "industry":
        now = t[(t.year == year) & (t.industry == TOTAL)]
        shares = {r[dimension]: f"{r['share']:.2f}" for _, r in now.iterrows() if r[dimension] != TOTAL}
    return [Part(c, published_amount(texts[c]), published_amount(shares[c]) if c in shares else None,
                 "published") for c in codes if texts[c] is not None]


def article(ds: Dataset) -> ReleaseView:
    return view(ds, ARTICLE_RELEASE)


def growth_problems(ds: Dataset) -> list[tuple[str, str, str, str]]:
    """Printed growth rates that the release's own figures cannot give within rounding:
    (fact id, period, printed rate, the range the figures allow)."""
    out = []
    for v in release_views(ds):
        for flow in ("exports", "imports"):
            printed, now = growth(ds, v, flow), total(ds, v, flow)
            before = previous(ds, v, flow, derive=False)
            if printed is None or now is None or before is None:
                continue
            change = change_percent(now, before)
            if not change.interval.overlaps(rnd.printed(printed, nonnegative=False)):
                lo, hi = rnd.outward(change.interval, 1)
                out.append((f"{flow}_growth", v.period, printed, f"{lo} to {hi}"))
    return out
