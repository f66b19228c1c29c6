"""Checks for the release files: releases.csv, release_figures.csv, and the release and period of
every prose fact and table row.

A release may be partial. A cell it does not print is `not_published`: unknown, never zero. So
its published parts may fall short of their total (the rest is a remainder, computed with its
rounding interval), but they may never exceed it beyond rounding.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from . import rounding as rnd
from .errors import Problem
from .read import CsvFile, Record
from .schema import DIMENSIONS, PERIOD_RE, TABLES, TOTAL


def periods_of(rec: Record) -> list[str]:
    return rec.cells["periods"].split()


def check_releases(f: CsvFile, inputs, problems: list[Problem]) -> bool:
    before = len(problems)
    seen_slug: dict[str, int] = {}
    for rec in f.records:
        periods = periods_of(rec)
        if len(set(periods)) != len(periods):
            problems.append(Problem(f.shown, "each period once", repr(rec.cells["periods"]),
                                    rec.line, "periods"))
        slug = rec.cells["slug"]
        if slug in seen_slug:
            problems.append(Problem(f.shown, f"a slug no other release has (row {seen_slug[slug]} "
                                    f"has {slug!r})", repr(slug), rec.line, "slug"))
        seen_slug.setdefault(slug, rec.line)
        # A link a reader follows should say where it goes: an outlet, not a bare address.
        if rec.cells.get("source_url"):
            for col in ("source_name_ko", "source_name_en"):
                if not rec.cells.get(col, "").strip():
                    problems.append(Problem(f.shown, "the name of where the figures were read, "
                                            "since source_url is given", "an empty cell", rec.line, col))
    if len(problems) > before:
        return False
    inputs.releases = {r.cells["id"]: r for r in f.records}
    return True


def _known_period(inputs, shown: str, rec: Record, problems: list[Problem]) -> bool:
    """The row's release exists and covers the row's period."""
    rid, period = rec.cells["release"], rec.cells["period"]
    if rid not in inputs.releases:
        problems.append(Problem(shown, f"a release id from releases.csv ({', '.join(inputs.releases)})",
                                repr(rid), rec.line, "release"))
        return False
    covered = periods_of(inputs.releases[rid])
    if period not in covered:
        problems.append(Problem(shown, f"a period release {rid} covers ({', '.join(covered)})",
                                repr(period), rec.line, "period"))
        return False
    return True


def check_fact_periods(f: CsvFile, inputs, problems: list[Problem]) -> bool:
    before = len(problems)
    for rec in f.records:
        if _known_period(inputs, f.shown, rec, problems):
            year = PERIOD_RE.fullmatch(rec.cells["period"]).group(1)
            if rec.cells["year"] != year:
                problems.append(Problem(f.shown, f"{year} (the year of period {rec.cells['period']})",
                                        repr(rec.cells["year"]), rec.line, "year"))
    # A cited release lends only prose facts: one with none is a row nothing uses.
    used = {rec.cells["release"] for rec in f.records}
    for rid, rel in inputs.releases.items():
        if rel.cells["kind"] == "cited" and rid not in used:
            problems.append(Problem(f.shown, f"a row with release {rid} (releases.csv row {rel.line} is "
                                    "of kind cited, whose figures are prose facts)", "none", column="release"))
    return len(problems) == before


def check_table_years(inputs, problems: list[Problem]) -> None:
    """Every year in the article-shaped tables is the own period of one `tables` release."""
    owners = {periods_of(r)[0]: rid for rid, r in inputs.releases.items() if r.cells["kind"] == "tables"}
    for dim in DIMENSIONS:
        f = inputs.files[TABLES[dim].name]
        for year in sorted({k[0] for k in inputs.cells[dim]}):
            if str(year) not in owners:
                line = min(r.line for k, r in inputs.cells[dim].items() if k[0] == year)
                problems.append(Problem(
                    f.shown, f"a year that a release of kind tables in releases.csv has as its own "
                    f"(first) period ({', '.join(sorted(owners)) or 'none'})", repr(str(year)), line, "year"))


def check_figures(f: CsvFile, inputs, problems: list[Problem]) -> None:
    before = len(problems)
    for rec in f.records:
        if not _known_period(inputs, f.shown, rec, problems):
            continue
        c = rec.cells
        if c["release"] in inputs.releases and inputs.releases[c["release"]].cells["kind"] != "summary":
            problems.append(Problem(f.shown, "a release of kind summary (a tables release's figures "
                                    "belong in the exports_by_* tables)", repr(c["release"]),
                                    rec.line, "release"))
        dim = c["dimension"]
        if dim == TOTAL:
            if c["code"] != TOTAL:
                problems.append(Problem(f.shown, "total (the code of dimension total)", repr(c["code"]),
                                        rec.line, "code"))
        elif (dim, c["code"]) not in inputs.labels or c["code"] == TOTAL:
            known = [k for k in inputs.codes(dim) if k != TOTAL]
            problems.append(Problem(f.shown, f"a {dim} code listed in labels.csv ({', '.join(known)})",
                                    repr(c["code"]), rec.line, "code"))
        if c["flow"] == "balance" and dim != TOTAL:
            problems.append(Problem(f.shown, "total (a balance is given as a total only)", repr(dim),
                                    rec.line, "dimension"))
        printed = [col for col in ("value", "share") if c[col]]
        if c["status"] == "not_published" and printed:
            problems.append(Problem(f.shown, "an empty cell (the row is marked not_published)",
                                    repr(c[printed[0]]), rec.line, printed[0]))
        if c["status"] == "published" and not printed:
            problems.append(Problem(f.shown, "a value or a share (the row is marked published)",
                                    "both empty", rec.line, "value"))
        if c["value"].startswith("-") and c["flow"] != "balance":
            problems.append(Problem(f.shown, f"a non-negative value ({c['flow']} cannot be negative)",
                                    repr(c["value"]), rec.line, "value"))
        if c["share"] and dim == TOTAL:
            problems.append(Problem(f.shown, "an empty cell (a total has no share)", repr(c["share"]),
                                    rec.line, "share"))
    if len(problems) == before:
        _check_complete(f, inputs, problems)
    if len(problems) == before:
        _check_figure_arithmetic(f, problems)


def _check_complete(f: CsvFile, inputs, problems: list[Problem]) -> None:
    """A breakdown lists every category, published or not: silence must not read as zero."""
    seen: dict[tuple, set[str]] = {}
    for rec in f.records:
        c = rec.cells
        if c["dimension"] != TOTAL:
            seen.setdefault((c["release"], c["period"], c["flow"], c["dimension"]), set()).add(c["code"])
    for (rid, period, flow, dim), codes in seen.items():
        for code in inputs.codes(dim):
            if code != TOTAL and code not in codes:
                problems.append(Problem(
                    f.shown, f"a row for release={rid}, period={period}, flow={flow}, {dim}={code} "
                    "(status not_published if the release does not print it)", "none", column="code"))


def _check_figure_arithmetic(f: CsvFile, problems: list[Problem]) -> None:
    groups: dict[tuple, list[Record]] = {}
    totals: dict[tuple, Record] = {}
    for rec in f.records:
        c = rec.cells
        key = (c["release"], c["period"], c["flow"])
        if c["dimension"] == TOTAL:
            totals[key] = rec
        else:
            groups.setdefault((*key, c["dimension"]), []).append(rec)
    for (rid, period, flow, dim), recs in groups.items():
        total = totals.get((rid, period, flow))
        total_iv = rnd.printed(total.cells["value"]) if total is not None and total.cells["value"] else None
        values = [r for r in recs if r.cells["value"]]
        complete = len(values) == len(recs)
        if total_iv is not None and values:
            parts = rnd.total([rnd.printed(r.cells["value"]) for r in values])
            printed_sum = sum(Decimal(r.cells["value"]) for r in values)
            too_big = parts.lo > total_iv.hi
            if too_big or (complete and not parts.overlaps(total_iv)):
                what = "the published parts" if not complete else "the parts"
                limit = "at most" if not complete else "about"
                problems.append(Problem(
                    f.shown, f"{what} of {flow} by {dim} in {period} to add up to {limit} the total "
                    f"{total.cells['value']} within rounding", f"{printed_sum} (sum of rows "
                    f"{', '.join(str(r.line) for r in values)})", values[-1].line, "value"))
                continue
        for r in recs:
            if r.cells["value"] and r.cells["share"] and total_iv is not None:
                part = rnd.printed(r.cells["value"])
                rest_lo = max(Fraction(0), total_iv.lo - part.hi)
                possible = rnd.share(part, rnd.Interval(rest_lo, max(rest_lo, total_iv.hi - part.lo)),
                                     total_iv)
                if possible is not None and not possible.overlaps(rnd.printed(r.cells["share"])):
                    problems.append(Problem(
                        f.shown, f"a share that {r.cells['value']} / {total.cells['value']} allows "
                        f"within rounding ({_pct(possible)})", repr(r.cells["share"]), r.line, "share"))
        shares = [r for r in recs if r.cells["share"]]
        if len(shares) == len(recs):
            s = rnd.total([rnd.printed(r.cells["share"]) for r in shares])
            if not s.contains(Fraction(1)):
                problems.append(Problem(
                    f.shown, f"shares of {flow} by {dim} in {period} that add up to 1 within rounding",
                    f"{sum(Decimal(r.cells['share']) for r in shares)}", shares[-1].line, "share"))
    _check_balances(f, totals, problems)


def _check_balances(f: CsvFile, totals: dict[tuple, Record], problems: list[Problem]) -> None:
    for (rid, period, flow), rec in totals.items():
        if flow != "balance" or not rec.cells["value"]:
            continue
        ex, im = totals.get((rid, period, "exports")), totals.get((rid, period, "imports"))
        if not (ex and im and ex.cells["value"] and im.cells["value"]):
            continue
        diff = rnd.printed(ex.cells["value"]) - rnd.printed(im.cells["value"])
        if not diff.overlaps(rnd.printed(rec.cells["value"], nonnegative=False)):
            problems.append(Problem(
                f.shown, f"exports minus imports within rounding ({ex.cells['value']} - "
                f"{im.cells['value']})", repr(rec.cells["value"]), rec.line, "value"))


def _pct(iv: rnd.Interval) -> str:
    return f"{float(iv.lo):.3f} to {float(iv.hi):.3f}"

