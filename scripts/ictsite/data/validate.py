"""Check data/ and collect every problem before anyone uses it.

Checks run in phases per file (format, then codes and keys, then completeness, then
arithmetic); a later phase runs only on a file whose earlier phases passed, so one
mistake yields one line, not a cascade of consequences.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from . import rounding as rnd
from .check_releases import check_fact_periods, check_figures, check_releases, check_table_years
from .claims import Claim, check_spec
from .errors import DataError, Problem
from .read import CsvFile, Record, read_csv
from .schema import (ARTICLE_RELEASE, CLAIM_ID_RE, CLAIMS_SPEC, CODE_RE, DIMENSIONS, FACTS, INPUTS,
                     POLICY_EVIDENCE,
                     LABELS, PERIOD_RE, RELEASE_FIGURES, RELEASES, REQUIRED_FACTS, TABLES, TOTAL,
                     Column, FileSpec)

# kind -> (pattern the whole cell must match, what to tell people we expected)
FORMATS = {
    "year": (re.compile(r"\d{4}"), "a four-digit year like 2024"),
    "code": (CODE_RE, "a snake_case ASCII code like north_america"),
    "claim_id": (CLAIM_ID_RE, "a lowercase ASCII id with hyphens like regions-europe-share"),
    "value": (re.compile(r"\d+\.\d"), "a number with one decimal like 12.3 (values are printed to 0.1)"),
    "share": (re.compile(r"0\.\d\d|1\.00"), "a share with two decimals from 0.00 to 1.00 like 0.57"),
    "decimal": (re.compile(r"\d+(?:\.\d+)?"), "a non-negative number like 89.2"),
    "text": (re.compile(r"\S(?:.*\S)?", re.S), "text without leading or trailing spaces"),
    "signed_value": (re.compile(r"-?\d+\.\d"), "a number with one decimal like 12.3 or -3.6"),
    "period": (PERIOD_RE, "a period: a year like 2024 or a half year like 2025H1"),
    "periods": (re.compile(rf"{PERIOD_RE.pattern}(?: {PERIOD_RE.pattern})*"),
                "periods separated by single spaces, like 2025H1 2024H1"),
    "slug": (re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*"), "a lowercase ASCII slug like 2025-h1"),
    "date": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a date like 2025-09-24"),
    "url": (re.compile(r"https://\S+"), "an https:// address"),
}


def got(cell: str) -> str:
    return "an empty cell" if cell == "" else repr(cell)


@dataclass
class Inputs:
    """data/ after validation: raw text kept, because the printed decimals carry meaning."""
    data_dir: Path
    files: dict[str, CsvFile]
    labels: dict[tuple[str, str], Record] = field(default_factory=dict)
    facts: dict[tuple[str, str], Record] = field(default_factory=dict)  # (id, period) -> record
    releases: dict[str, Record] = field(default_factory=dict)
    # dimension -> (year, industry, category) -> record
    cells: dict[str, dict[tuple[int, str, str], Record]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)

    def codes(self, dimension: str) -> list[str]:
        return [c for (d, c) in self.labels if d == dimension]

    @property
    def years(self) -> list[int]:
        return sorted({k[0] for k in self.cells[DIMENSIONS[0]]})

    def cell(self, dimension: str, year: int, industry: str, category: str) -> str:
        return self.cells[dimension][(year, industry, category)].cells["value"]

    def fact(self, fact_id: str, year: int | None = None) -> Record | None:
        """The fact with this id for a year's claims: the one of that year, else the article's."""
        if year is not None and (fact_id, str(year)) in self.facts:
            return self.facts[(fact_id, str(year))]
        rows = [r for (i, _), r in self.facts.items()
                if i == fact_id and r.cells["release"] == ARTICLE_RELEASE]
        return rows[0] if len(rows) == 1 else None

    @property
    def fact_ids(self) -> list[str]:
        return list(dict.fromkeys(i for i, _ in self.facts))


def check_format(f: CsvFile, spec: FileSpec, problems: list[Problem]) -> bool:
    before = len(problems)
    if f.header != spec.header:
        n = next((i for i, (a, b) in enumerate(zip(f.header, spec.header)) if a != b),
                 min(len(f.header), len(spec.header)))
        want = f"column {spec.header[n]!r}" if n < len(spec.header) else "no more columns"
        have = repr(f.header[n]) if n < len(f.header) else "no such column"
        col = f.header[n] if n < len(f.header) else spec.header[n]
        problems.append(Problem(f.shown, f"{want} here (the header is {','.join(spec.header)})",
                                have, row=1, column=col))
        return False
    for rec in f.records:
        for col in spec.columns:
            _check_cell(f, rec, col, problems)
    return len(problems) == before


def _check_cell(f: CsvFile, rec: Record, col: Column, problems: list[Problem]) -> None:
    cell = rec.cells[col.name]
    if cell == "" and not col.required:
        return
    if col.kind == "enum":
        if cell not in col.enum:
            problems.append(Problem(f.shown, f"one of {', '.join(col.enum)}", got(cell),
                                    rec.line, col.name))
        return
    pattern, wanted = FORMATS[col.kind]
    if not pattern.fullmatch(cell):
        problems.append(Problem(f.shown, wanted, got(cell), rec.line, col.name))


def _check_keys(f: CsvFile, spec: FileSpec, problems: list[Problem]) -> bool:
    seen: dict[tuple, int] = {}
    ok = True
    for rec in f.records:
        key = tuple(rec.cells[k] for k in spec.key)
        if key in seen:
            what = ", ".join(f"{k}={v}" for k, v in zip(spec.key, key))
            problems.append(Problem(f.shown, f"one row per {', '.join(spec.key)}",
                                    f"a second row for {what} (first at row {seen[key]})",
                                    rec.line, spec.key[-1]))
            ok = False
        else:
            seen[key] = rec.line
    return ok


def _check_labels(f: CsvFile, inputs: Inputs, problems: list[Problem]) -> bool:
    if not _check_keys(f, LABELS, problems):
        return False
    inputs.labels = {(r.cells["dimension"], r.cells["code"]): r for r in f.records}
    return True


def _check_facts(f: CsvFile, inputs: Inputs, problems: list[Problem]) -> None:
    if not _check_keys(f, FACTS, problems):
        return
    if not check_fact_periods(f, inputs, problems):
        return
    inputs.facts = {(r.cells["id"], r.cells["period"]): r for r in f.records}
    for fid in REQUIRED_FACTS:
        if inputs.fact(fid) is None:
            problems.append(Problem(f.shown, f"a row with id {fid} for release {ARTICLE_RELEASE} "
                                    "(other code uses it)", "none", column="id"))


def _check_table(dim: str, f: CsvFile, inputs: Inputs, problems: list[Problem]) -> bool:
    """Codes, keys, share presence and completeness; True if arithmetic may run."""
    before = len(problems)
    if not f.records:
        problems.append(Problem(f.shown, "the table's rows under the header", "none", row=2))
        return False
    for rec in f.records:
        for col, d in (("industry", "industry"), (dim, dim)):
            if (d, rec.cells[col]) not in inputs.labels:
                known = ", ".join(inputs.codes(d))
                problems.append(Problem(f.shown, f"a {d} code listed in labels.csv ({known})",
                                        got(rec.cells[col]), rec.line, col))
        is_total = rec.cells[dim] == TOTAL
        share = rec.cells["share"]
        if is_total and share:
            problems.append(Problem(f.shown, "an empty cell (the article prints no share on the "
                                    "total row)", got(share), rec.line, "share"))
        elif not is_total and not share:
            problems.append(Problem(f.shown, "the printed share, like 0.57", got(share),
                                    rec.line, "share"))
    if len(problems) > before or not _check_keys(f, TABLES[dim], problems):
        return False
    cells = {(int(r.cells["year"]), r.cells["industry"], r.cells[dim]): r for r in f.records}
    for year in sorted({k[0] for k in cells}):
        for ind in inputs.codes("industry"):
            for cat in inputs.codes(dim):
                if (year, ind, cat) not in cells:
                    problems.append(Problem(
                        f.shown, f"a row for year={year}, industry={ind}, {dim}={cat}", "none",
                        column=dim))
    inputs.cells[dim] = cells
    return len(problems) == before


def printable(iv: rnd.Interval, places: int) -> str:
    """The printed numbers (with `places` decimals) whose own rounding interval meets iv."""
    scale = 10**places
    h = rnd.half_unit(places)
    lo = max(0, math.ceil((iv.lo - h) * scale))
    hi = math.floor((iv.hi + h) * scale)
    ends = [Decimal(n).scaleb(-places) for n in (lo, hi)]
    return f"{ends[0]}" if lo == hi else f"{ends[0]} to {ends[1]}"


def _check_sums(dim: str, f: CsvFile, inputs: Inputs, problems: list[Problem]) -> set:
    """Totals against their parts; returns the (year, industry) columns that failed."""
    bad = set()
    cells = inputs.cells[dim]
    inds = [i for i in inputs.codes("industry") if i != TOTAL]
    cats = [c for c in inputs.codes(dim) if c != TOTAL]
    for year in sorted({k[0] for k in cells}):
        lines = [(ind, TOTAL, [(ind, c) for c in cats], f"{dim} rows of industry {ind}")
                 for ind in [TOTAL, *inds]]
        lines += [(TOTAL, cat, [(i, cat) for i in inds], f"industries in {dim} {cat}")
                  for cat in [*cats, TOTAL]]
        for ind, cat, parts, what in lines:
            rec = cells[(year, ind, cat)]
            total = rnd.printed(rec.cells["value"])
            s = rnd.total([rnd.printed(cells[(year, i, c)].cells["value"]) for i, c in parts])
            if not s.overlaps(total):
                printed_sum = sum(Decimal(cells[(year, i, c)].cells["value"]) for i, c in parts)
                problems.append(Problem(
                    f.shown,
                    f"{printable(s, 1)} (the {what} add up to {printed_sum}; "
                    "a total may differ from its parts only by rounding)",
                    got(rec.cells["value"]), rec.line, "value"))
                bad.add((year, ind))
    return bad


def _check_shares(dim: str, f: CsvFile, inputs: Inputs, skip: set, problems: list[Problem]) -> None:
    cells = inputs.cells[dim]
    cats = [c for c in inputs.codes(dim) if c != TOTAL]
    parts: dict[tuple[int, str], rnd.Interval] = {}
    for (year, ind, cat), rec in cells.items():
        if cat == TOTAL or (year, ind) in skip:
            continue
        if (year, ind) not in parts:
            parts[(year, ind)] = rnd.total([rnd.printed(cells[(year, ind, c)].cells["value"])
                                            for c in cats])
        part = rnd.printed(rec.cells["value"])
        every = parts[(year, ind)]
        rest = rnd.Interval(every.lo - part.lo, every.hi - part.hi)  # the other parts' sum
        whole = rnd.printed(cells[(year, ind, TOTAL)].cells["value"])
        possible = rnd.share(part, rest, whole)
        if possible is None or possible.overlaps(rnd.printed(rec.cells["share"])):
            continue
        total_text = cells[(year, ind, TOTAL)].cells["value"]
        problems.append(Problem(
            f.shown, f"{printable(possible, 2)} ({rec.cells['value']} / {total_text}, the total of "
            f"the {ind} column, within rounding)",
            got(rec.cells["share"]), rec.line, "share"))


def _check_across_tables(inputs: Inputs, problems: list[Problem]) -> None:
    """The 합계 row is the same exports in every table, so it must print the same."""
    ref_dim = DIMENSIONS[0]
    ref = inputs.cells[ref_dim]
    ref_name = TABLES[ref_dim].name
    for dim in DIMENSIONS[1:]:
        cells = inputs.cells[dim]
        shown = inputs.files[TABLES[dim].name].shown
        for year in sorted({k[0] for k in ref} | {k[0] for k in cells}):
            if not any(k[0] == year for k in cells):
                problems.append(Problem(shown, f"rows for year {year} (as in {ref_name})", "none",
                                        column="year"))
                continue
            if not any(k[0] == year for k in ref):
                continue  # reported against the reference table below
            for ind in inputs.codes("industry"):
                want = ref[(year, ind, TOTAL)].cells["value"]
                rec = cells[(year, ind, TOTAL)]
                if Decimal(rec.cells["value"]) != Decimal(want):
                    problems.append(Problem(shown, f"{want} (the same total as in {ref_name})",
                                            got(rec.cells["value"]), rec.line, "value"))
        for year in sorted({k[0] for k in cells} - {k[0] for k in ref}):
            problems.append(Problem(inputs.files[ref_name].shown,
                                    f"rows for year {year} (as in {TABLES[dim].name})", "none",
                                    column="year"))


def _check_evidence(f: CsvFile, spec: CsvFile, problems: list[Problem]) -> None:
    """policy_evidence.csv: every claim is in the ledger. A direction may have no row: the article
    cites no figures for its directions, and the chart then shows zero claims beside it."""
    ids = {r.cells["id"] for r in spec.records}
    for rec in f.records:
        if rec.cells["claim"] not in ids:
            problems.append(Problem(f.shown, "a claim id from claims_spec.csv", repr(rec.cells["claim"]),
                                    rec.line, "claim"))


def validate_inputs(data_dir: Path) -> Inputs:
    """Validate the hand-made files in data_dir; raise DataError listing every problem."""
    problems: list[Problem] = []
    files = {}
    for spec in INPUTS:
        before = len(problems)
        f = read_csv(data_dir, spec.name, problems)
        if f is not None and len(problems) == before and check_format(f, spec, problems):
            files[spec.name] = f
    inputs = Inputs(data_dir, files)
    labels_ok = LABELS.name in files and _check_labels(files[LABELS.name], inputs, problems)
    releases_ok = RELEASES.name in files and _check_keys(files[RELEASES.name], RELEASES, problems) \
        and check_releases(files[RELEASES.name], inputs, problems)
    before = len(problems)
    if FACTS.name in files and releases_ok:
        _check_facts(files[FACTS.name], inputs, problems)
    facts_ok = FACTS.name in files and releases_ok and len(problems) == before
    figures = files.get(RELEASE_FIGURES.name)
    if figures and releases_ok and labels_ok and _check_keys(figures, RELEASE_FIGURES, problems):
        check_figures(figures, inputs, problems)
    complete = []
    for dim, spec in TABLES.items():
        f = files.get(spec.name)
        if f is None or not labels_ok or not _check_table(dim, f, inputs, problems):
            continue
        skip = _check_sums(dim, f, inputs, problems)
        _check_shares(dim, f, inputs, skip, problems)
        complete.append(dim)
    if len(complete) == len(DIMENSIONS):
        _check_across_tables(inputs, problems)
        if releases_ok:
            check_table_years(inputs, problems)
        spec = files.get(CLAIMS_SPEC.name)
        if spec and facts_ok and _check_keys(spec, CLAIMS_SPEC, problems):
            inputs.claims = check_spec(inputs, problems)
    evidence = files.get(POLICY_EVIDENCE.name)
    if evidence and CLAIMS_SPEC.name in files and _check_keys(evidence, POLICY_EVIDENCE, problems):
        _check_evidence(evidence, files[CLAIMS_SPEC.name], problems)
    if problems:
        raise DataError(problems)
    return inputs
