"""The claims ledger: every number in the article's prose, recomputed from the tables.

data/claims_spec.csv is hand-written (what is claimed, how to recompute it); everything
else in data/claims.csv comes from here. Statuses (defined in data/README.md):

  exact         the printed cells, taken at face value, give the claimed number once
                rounded half-up to the claim's own last digit (for "or more", at least it)
  rounding      not exact, but some true values behind the printed cells give a result
                the claim's own rounding allows: the two intervals meet
  inconsistent  the intervals do not meet: no rounding explains the claim
  external      the claim rests on figures outside the tables; where the article gives
                the inputs, their arithmetic must still agree or the claim is inconsistent
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from . import rounding as rnd
from .errors import Problem
from .read import Record, write_csv_text
from .schema import CLAIMS, CLAIMS_SPEC, DIMENSIONS, TABLES, TOTAL

if TYPE_CHECKING:
    from .validate import Inputs

PLACES = 4  # decimals of the computed columns; ample next to 0.01-wide claims
REF_RE = re.compile(r"(?P<dim>[a-z_]+):(?P<codes>[a-z0-9_]+(?:\+[a-z0-9_]+)*)(?:@(?P<industry>[a-z0-9_]+))?")
ARITY = {"cell": 1, "share": 1, "difference": 2, "percent_of": 2, "fact": 1}
TABLE_NUMBER = {"trade_type": 1, "firm_size": 2, "region": 3}


@dataclass(frozen=True)
class Ref:
    dim: str  # "fact", "industry" (the tables' total row) or a table dimension
    codes: tuple[str, ...]
    industry: str = TOTAL


@dataclass(frozen=True)
class Term:
    """An operand evaluated: its face value, the interval of true values, its text."""
    point: Fraction
    interval: rnd.Interval
    text: str
    unit: str
    from_table: bool


@dataclass(frozen=True)
class Claim:
    rec: Record
    refs: tuple[Ref, ...]

    def __getitem__(self, column: str) -> str:
        return self.rec.cells[column]


# ---- reading and checking the hand-written spec -----------------------------------

def check_spec(inputs: Inputs, problems: list[Problem]) -> list[Claim]:
    f = inputs.files[CLAIMS_SPEC.name]
    claims = []
    for rec in f.records:
        before = len(problems)

        def bad(column: str, expected: str, got: str) -> None:
            problems.append(Problem(f.shown, expected, got, rec.line, column))

        # The prefix lets a reader of a bare link (#claim-regions-...) see where it points.
        prefix = rec.cells["section"].replace("_", "-") + "-"
        if not rec.cells["id"].startswith(prefix):
            bad("id", f"an id starting with {prefix!r} (its section)", repr(rec.cells["id"]))
        refs = _parse_refs(rec, inputs, bad)
        if refs is not None and len(problems) == before:
            _check_units(rec, refs, inputs, bad)
        if len(problems) == before:
            claims.append(Claim(rec, refs))
    return claims


def _parse_refs(rec: Record, inputs: Inputs, bad) -> tuple[Ref, ...] | None:
    op, args = rec.cells["op"], rec.cells["args"].split()
    if len(args) != ARITY[op]:
        bad("args", f"{ARITY[op]} operand(s) for op {op}", f"{len(args)}: {rec.cells['args']!r}")
        return None
    refs = []
    for arg in args:
        m = REF_RE.fullmatch(arg)
        if not m:
            bad("args", "an operand like region:europe, firm_size:medium+small, "
                        "trade_type:ip_charges@game_software or fact:imports_total", repr(arg))
            return None
        ref = Ref(m["dim"], tuple(m["codes"].split("+")), m["industry"] or TOTAL)
        if ref.dim == "fact":
            if len(ref.codes) != 1 or inputs.fact(ref.codes[0], int(rec.cells["year"])) is None:
                bad("args", f"a fact id from prose_facts.csv ({', '.join(inputs.fact_ids)})", repr(arg))
                return None
        elif ref.dim in ("industry", *DIMENSIONS):
            known = inputs.codes(ref.dim)
            if any(c not in known for c in ref.codes) or ref.industry not in inputs.codes("industry") \
                    or (ref.dim == "industry" and m["industry"]):
                bad("args", f"{ref.dim} codes listed in labels.csv ({', '.join(known)})", repr(arg))
                return None
            if rec.cells["op"] == "share" and TOTAL in ref.codes:
                bad("args", "parts of a total, not the total itself, for op share", repr(arg))
                return None
            if int(rec.cells["year"]) not in inputs.years:
                bad("year", f"a year the tables cover ({', '.join(map(str, inputs.years))})",
                    repr(rec.cells["year"]))
                return None
        else:
            bad("args", f"an operand kind among fact, industry, {', '.join(DIMENSIONS)}", repr(arg))
            return None
        refs.append(ref)
    ops_on_tables = {"cell", "share"}
    if rec.cells["op"] in ops_on_tables and refs[0].dim == "fact":
        bad("args", f"table cells for op {rec.cells['op']}", repr(rec.cells["args"]))
        return None
    if rec.cells["op"] == "fact" and refs[0].dim != "fact":
        bad("args", "fact:<id> for op fact", repr(rec.cells["args"]))
        return None
    return tuple(refs)


def _unit_of(ref: Ref, inputs: Inputs, year: int) -> str:
    return inputs.fact(ref.codes[0], year).cells["unit"] if ref.dim == "fact" else "100m_usd"


def _check_units(rec: Record, refs: tuple[Ref, ...], inputs: Inputs, bad) -> None:
    op, unit = rec.cells["op"], rec.cells["unit"]
    units = [_unit_of(r, inputs, int(rec.cells["year"])) for r in refs]
    want = "percent" if op == "share" else units[0]  # a share is a percent; else like its first operand
    if op == "difference" and units[0] != units[1]:
        bad("args", "two operands in the same unit", f"{units[0]} and {units[1]}")
    if op == "percent_of" and units[1] != "percent":
        bad("args", "a percent as the second operand", units[1])
    if unit != want:
        bad("unit", want, repr(unit))
    if op == "fact":
        fact = inputs.fact(refs[0].codes[0], int(rec.cells["year"])).cells
        if Decimal(fact["value"]) != Decimal(rec.cells["claimed"]):
            bad("claimed", f"{fact['value']} (the value of {refs[0].codes[0]} in prose_facts.csv)",
                repr(rec.cells["claimed"]))
        if fact["year"] != rec.cells["year"]:
            bad("year", f"{fact['year']} (the year of {refs[0].codes[0]} in prose_facts.csv)",
                repr(rec.cells["year"]))


# ---- computing the ledger ---------------------------------------------------------

def _cell_record(inputs: Inputs, dim: str, year: int, industry: str, code: str) -> str:
    if dim == "industry":  # an industry's total, printed identically in every table
        return inputs.cell(DIMENSIONS[0], year, code, TOTAL)
    return inputs.cell(dim, year, industry, code)


def _term(inputs: Inputs, ref: Ref, year: int) -> Term:
    if ref.dim == "fact":
        value = inputs.fact(ref.codes[0], year).cells["value"]
        return Term(Fraction(Decimal(value)), rnd.printed(value), value, _unit_of(ref, inputs, year), False)
    texts = [_cell_record(inputs, ref.dim, year, ref.industry, c) for c in ref.codes]
    point = sum((Fraction(Decimal(t)) for t in texts), Fraction(0))
    text = " + ".join(texts)
    if len(texts) > 1:
        text = f"({text})"
    return Term(point, rnd.total([rnd.printed(t) for t in texts]), text, "100m_usd", True)


def _where(ref: Ref, inputs: Inputs, share: bool = False) -> str:
    if ref.dim == "fact":
        return f"prose_facts.csv: {ref.codes[0]}"
    dim = DIMENSIONS[0] if ref.dim == "industry" else ref.dim
    fixed = f"{dim}=total" if ref.dim == "industry" else f"industry={ref.industry}"
    what = f"{ref.dim}={'+'.join(ref.codes)}"
    return f"{TABLES[dim].name}: {fixed}, {what}" + (f" / {ref.dim}=total" if share else "")


def _source(ref: Ref, inputs: Inputs, year: int) -> str:
    if ref.dim == "fact":
        return inputs.fact(ref.codes[0], year).cells["source"]
    dim = DIMENSIONS[0] if ref.dim == "industry" else ref.dim
    n = TABLE_NUMBER[dim] if ref.dim != "industry" else "1-3"
    return f"한국은행 지식서비스 무역통계, via the article's Table {n} (표 {n})"


def _evaluate(claim: Claim, inputs: Inputs) -> tuple[Fraction, rnd.Interval, str] | None:
    """Face value, interval of true values and the arithmetic; None for a bare fact."""
    year = int(claim["year"])
    op = claim["op"]
    if op == "fact":
        return None
    terms = [_term(inputs, r, year) for r in claim.refs]
    if op == "cell":
        t = terms[0]
        return t.point, t.interval, t.text.strip("()")
    if op == "difference":
        a, b = terms
        return a.point - b.point, a.interval - b.interval, f"{a.text} - {b.text}"
    if op == "percent_of":
        a, b = terms
        hundredth = Fraction(1, 100)
        return (a.point * b.point * hundredth, a.interval.times(b.interval).scale(hundredth),
                f"{a.text} * {b.text} / 100")
    # share: the numerator's cells within the total of the same dimension and column
    ref = claim.refs[0]
    whole_ref = Ref(ref.dim, (TOTAL,), ref.industry)
    rest_codes = tuple(c for c in inputs.codes(ref.dim) if c != TOTAL and c not in ref.codes)
    part, whole = terms[0], _term(inputs, whole_ref, year)
    rest = _term(inputs, Ref(ref.dim, rest_codes, ref.industry), year)
    interval = rnd.share(part.interval, rest.interval, whole.interval)
    if interval is None:
        raise AssertionError("table sums were validated before the ledger is computed")
    return (part.point / whole.point * 100, interval.scale(Fraction(100)),
            f"{part.text} / {whole.text} * 100")


def _status(claim: Claim, point: Fraction, computed: rnd.Interval, claimed: rnd.Interval,
            from_table: bool) -> str:
    if not computed.overlaps(claimed):
        return "inconsistent"
    if not from_table:
        return "external"
    c = Decimal(claim["claimed"])
    places = rnd.decimals(claim["claimed"])
    if claim["comparator"] == "at_least":
        exact = point >= Fraction(c)
    else:
        exact = rnd.round_half_up(point, places) == c
    return "exact" if exact else "rounding"


def claim_interval(text: str, comparator: str) -> rnd.Interval:
    """What the claim's own wording allows: its rounding, and no upper end for "or more"."""
    iv = rnd.printed(text)
    if comparator == "at_least":
        return rnd.Interval(iv.lo, Fraction(10**12))
    return iv


def plain(d: Decimal) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def ledger_rows(inputs: Inputs) -> list[dict[str, str]]:
    rows = []
    for claim in inputs.claims:
        row = {c: claim.rec.cells.get(c, "") for c in CLAIMS.header}
        sources = list(dict.fromkeys(_source(r, inputs, int(claim["year"])) for r in claim.refs))
        share = claim["op"] == "share"
        row["checked_against"] = "; ".join(_where(r, inputs, share) for r in claim.refs)
        row["source"] = "; ".join(sources)
        evaluated = _evaluate(claim, inputs)
        if evaluated is None:
            row["status"] = "external"
        else:
            point, computed, arithmetic = evaluated
            claimed = claim_interval(claim["claimed"], claim["comparator"])
            from_table = any(r.dim != "fact" for r in claim.refs)
            lo, hi = rnd.outward(computed, PLACES)
            point_text = plain(rnd.round_half_up(point, PLACES))
            row.update(
                claimed_low=plain(Decimal(claimed.lo.numerator) / claimed.lo.denominator),
                claimed_high="" if claim["comparator"] == "at_least"
                else plain(Decimal(claimed.hi.numerator) / claimed.hi.denominator),
                computed_point=point_text, computed_low=plain(lo), computed_high=plain(hi),
                status=_status(claim, point, computed, claimed, from_table),
                arithmetic=arithmetic if arithmetic == point_text else f"{arithmetic} = {point_text}",
            )
        rows.append(row)
    return rows


def ledger_csv_text(inputs: Inputs) -> str:
    return write_csv_text(CLAIMS.header, ledger_rows(inputs))
