"""/policy/'s evidence chart: counted from data/policy_evidence.csv and the ledger, and the mapping
is checked (claim ids known); a direction with no claim set beside it shows zero."""
from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from pathlib import Path

from ictsite.charts import chart_html
from ictsite.charts.policy_chart import CHART_ID, GROUPS, evidence_chart, evidence_counts
from ictsite.cite.release import site_url
from ictsite.data import load_dataset
from ictsite.data.schema import POLICY_DIRECTIONS
from ictsite.lang import t
from ictsite.paths import DATA

from ..data.helpers import drop_row, only_problem, set_cell


def _expected(ds) -> dict[str, Counter]:
    """Counted independently: read the two CSV files, not the Dataset the chart reads."""
    def group(r) -> str:
        # Agreeing with the tables, but with a figure from the article's text in the sum: partly.
        if r["status"] in ("exact", "rounding"):
            return "partly" if "prose_facts.csv" in r["checked_against"] else "agrees"
        return {"inconsistent": "disagrees", "external": "external"}[r["status"]]
    rows = {r["id"]: group(r) for r in csv.DictReader((DATA / "claims.csv").open(encoding="utf-8"))}
    out: dict[str, Counter] = {d: Counter() for d in POLICY_DIRECTIONS}
    for r in csv.DictReader((DATA / "policy_evidence.csv").open(encoding="utf-8")):
        out[r["direction"]][rows[r["claim"]]] += 1
    return out


def test_each_bar_counts_the_directions_claims_by_ledger_status():
    ds = load_dataset()
    want = _expected(ds)
    for lang in ("ko", "en"):
        built = evidence_chart(ds, lang)
        assert [r.code for r in built.model.rows] == list(POLICY_DIRECTIONS)
        for row, table_row in zip(built.model.rows, built.table.itertuples(index=False)):
            got = Counter({GROUPS[s.series][0]: int(s.value) for s in row.segments})
            assert got == want[row.code]
            assert list(table_row[1:]) == [want[row.code][g] for g, _, _ in GROUPS] + [sum(want[row.code].values())]
        assert built.description and built.subtitle


def test_a_claim_that_uses_the_articles_text_counts_as_partly_checked():
    ds = load_dataset()
    by_id = {c.id: c for c in ds.claims.itertuples(index=False)}
    mixed = [c for c in ds.evidence.claim if by_id[c].status in ("exact", "rounding")
             and "prose_facts.csv" in by_id[c].checked_against]
    assert mixed, "the fixture should hold a claim that mixes the tables and the article's text"
    counts = evidence_counts(ds)
    assert sum(c["partly"] for c in counts.values()) == len(mixed)


def test_a_changed_status_changes_the_chart():
    ds = load_dataset()
    claim = ds.evidence.claim.iloc[0]
    claims = ds.claims.copy()
    before = claims.loc[claims.id == claim, "status"].iloc[0]
    claims.loc[claims.id == claim, "status"] = "inconsistent" if before != "inconsistent" else "exact"
    a, b = (evidence_chart(d, "en").table for d in (ds, dataclasses.replace(ds, claims=claims)))
    assert not a.equals(b)


def test_the_chart_has_its_text_alternative_and_table_in_both_languages():
    ds = load_dataset()
    for lang in ("ko", "en"):
        html = chart_html(ds, CHART_ID, lang, "../", site_url())
        assert f'id="{CHART_ID}"' in html and "<table" in html and 'class="ict-chart__desc"' in html


def test_an_unknown_claim_is_refused(data_dir: Path):
    row = set_cell(data_dir / "policy_evidence.csv", {"direction": "digital_trade_diplomacy"}, "claim",
                   "regions-nowhere-share")
    assert only_problem(data_dir) == (f"data/policy_evidence.csv: row {row}, column claim: expected a claim id "
                                      "from claims_spec.csv, got 'regions-nowhere-share'")


def test_a_direction_without_evidence_shows_zero_claims(data_dir: Path):
    """The article cites no figures for its directions, so a direction may have none set beside it:
    the data are accepted, and its bar and its line in the description say so in both languages."""
    drop_row(data_dir / "policy_evidence.csv", {"direction": "digital_trade_diplomacy"})
    ds = load_dataset(data_dir)
    assert all(n == 0 for n in evidence_counts(ds)["digital_trade_diplomacy"].values())
    for lang in ("ko", "en"):
        built = evidence_chart(ds, lang)
        row = next(r for r in built.model.rows if r.code == "digital_trade_diplomacy")
        assert row.segments == () and row.value_text == t(lang, f"{CHART_ID}.value_none", n=0)
        assert t(lang, f"{CHART_ID}.item_none", name=row.label, value=row.value_text) in built.description


def test_a_direction_the_data_leave_without_claims_is_labelled_as_such():
    """Whatever direction policy_evidence.csv leaves empty, its bar says there is none; one claim
    reads in the singular; the rest in the plural (no "claims: 2")."""
    ds = load_dataset()
    counts = {d: sum(c.values()) for d, c in evidence_counts(ds).items()}
    for lang in ("ko", "en"):
        for row in evidence_chart(ds, lang).model.rows:
            key = {0: "value_none", 1: "value_one"}.get(counts[row.code], "value")
            assert row.value_text == t(lang, f"{CHART_ID}.{key}", n=counts[row.code])
