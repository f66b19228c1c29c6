"""The claims ledger: computed, not typed; every status right, including at the edges."""
from __future__ import annotations

import csv
import difflib
from decimal import Decimal
from pathlib import Path

import pytest

from ictsite.data import load_dataset
from ictsite.data.claims import ledger_csv_text
from ictsite.data.validate import validate_inputs
from ictsite.paths import DATA

from .helpers import append_copy, expect_one_bad_cell, only_problem, read_rows, write_rows

EXPECTED = {
    "overview-wto-services-vs-goods": "external", "overview-wto-ict-services-growth": "external",
    "overview-oecd-services-share": "external", "overview-exports-total": "exact",
    "overview-exports-growth": "external", "overview-imports-total": "external",
    "overview-imports-growth": "external", "overview-trade-balance": "exact",
    "industries-game-exports": "exact", "industries-game-share": "exact",
    "industries-game-top4-share": "external", "industries-package-software-exports": "exact",
    "industries-it-services-exports": "exact", "industries-digital-content-exports": "exact",
    "firm-size-large-share": "exact", "firm-size-midsized-share": "exact",
    "firm-size-large-midsized-share": "exact", "firm-size-medium-share": "exact",
    "firm-size-small-share": "exact", "firm-size-sme-share": "exact",
    "firm-size-sme-plan-firms": "external", "firm-size-sme-plan-threshold": "external",
    "regions-asia-exports": "exact", "regions-north-america-exports": "exact",
    "regions-europe-exports": "exact", "regions-latin-america-middle-east-exports": "rounding",
    "regions-other-exports": "exact", "regions-asia-share": "exact",
    "regions-north-america-share": "rounding", "regions-europe-share": "inconsistent",
    "regions-three-markets-share": "inconsistent", "regions-north-america-imports": "external",
    "regions-north-america-deficit": "exact", "regions-ks-deficit-total": "external",
    "regions-ks-deficit-us-share": "external", "regions-ks-deficit-us": "external",
    "policy-record-surplus": "external",
}


@pytest.fixture(scope="module")
def ledger() -> dict[str, dict[str, str]]:
    with open(DATA / "claims.csv", encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def test_claims_csv_is_what_the_code_computes():
    committed = (DATA / "claims.csv").read_text(encoding="utf-8")
    assert committed == ledger_csv_text(validate_inputs(DATA)), "run `make data` and commit data/claims.csv"


def test_every_status(ledger):
    assert {k: v["status"] for k, v in ledger.items()} == EXPECTED


def test_ids_are_stable_ascii_and_carry_their_section(ledger):
    for cid, row in ledger.items():
        assert cid.isascii() and cid == cid.lower() and " " not in cid
        assert cid.startswith(row["section"].replace("_", "-") + "-")
    assert {r["section"] for r in ledger.values()} == {"overview", "industries", "firm_size",
                                                       "regions", "policy"}


def test_every_prose_number_is_in_the_ledger(ledger):
    claimed = {Decimal(r["claimed"]) for r in ledger.values()}
    for n in ["111.5", "16.5", "89.2", "6.3", "22.3", "49.3", "44", "85.7", "14.3", "15.5", "12.3",
              "39.1", "32.2", "70", "21.4", "5.3", "26.7", "3000", "1000000", "58.3", "32.6", "19.3",
              "1.1", "0.3", "52", "29.3", "17.2", "98.5", "36.2", "3.6", "72.6", "77.3", "56", "60",
              "8", "25"]:
        assert Decimal(n) in claimed, n


def test_europe_share_is_inconsistent_with_its_interval(ledger):
    row = ledger["regions-europe-share"]
    assert (row["claimed_low"], row["claimed_high"]) == ("17.15", "17.25")
    assert (row["computed_low"], row["computed_high"]) == ("17.2568", "17.3621")
    assert row["arithmetic"] == "19.3 / 111.5 * 100 = 17.3094"


def test_three_markets_note_explains_the_sum(ledger):
    row = ledger["regions-three-markets-share"]
    assert Decimal("52") + Decimal("29.3") + Decimal("17.2") == Decimal(row["claimed"])
    assert "52 + 29.3 + 17.2" in row["note"] and "52 + 29.3 + 17.2" in row["note_ko"]
    assert row["arithmetic"] == "(32.6 + 58.3 + 19.3) / 111.5 * 100 = 98.8341"
    assert Decimal(row["computed_low"]) > Decimal(row["claimed_high"])


def test_north_america_share_is_rounding_not_exact(ledger):
    row = ledger["regions-north-america-share"]
    assert Decimal(row["computed_point"]) < Decimal("29.25") <= Decimal(row["computed_high"])


def test_ks_deficit_us_arithmetic_agrees(ledger):
    row = ledger["regions-ks-deficit-us"]
    assert row["arithmetic"] == "72.6 * 77.3 / 100 = 56.1198"
    assert Decimal(row["claimed_low"]) <= Decimal(row["computed_low"])


def test_balance_uses_imports_from_the_prose(ledger):
    assert ledger["overview-trade-balance"]["arithmetic"] == "111.5 - 89.2 = 22.3"
    assert ledger["regions-north-america-deficit"]["arithmetic"] == "36.2 - 32.6 = 3.6"
    assert "prose_facts.csv: imports_total" in ledger["overview-trade-balance"]["checked_against"]


def test_external_claims_name_their_source(ledger):
    for row in ledger.values():
        assert row["source"]
        if row["status"] == "external":
            assert "prose_facts.csv:" in row["checked_against"]


# ---- synthetic claims at the edges ------------------------------------------------

def _with_claims(data_dir: Path, *claims: tuple[str, str, str, str, str, str]) -> dict:
    """Append (id, claimed, comparator, unit, op, args) rows to a copy's spec; load the ledger.

    The copy also gets a fact `half` = 50%, so that 0.5 x 50% = 0.25 lands exactly on the
    boundary between 0.2 and 0.3.
    """
    facts = read_rows(data_dir / "prose_facts.csv")
    write_rows(data_dir / "prose_facts.csv",
               facts + [["half", "2024", "50", "percent", "regions", "test", "시험", "test", "2024",
                          "article_2024"]])
    rows = read_rows(data_dir / "claims_spec.csv")
    for cid, claimed, comparator, unit, op, args in claims:
        rows.append([cid, "regions", "2024", "시험", "test", claimed, comparator, unit, op, args, "", ""])
    write_rows(data_dir / "claims_spec.csv", rows)
    ds = load_dataset(data_dir=data_dir)
    return {c[0]: ds.claim(c[0])["status"] for c in claims}


LA, HALF = "region:latin_america", "region:latin_america fact:half"
# claimed, comparator, unit, op, args -> status
SYNTHETIC = {
    # latin_america prints 0.5: half-up gives 1, so 1 is exact; 0 is what other tie rules
    # give, and the true value may be under 0.5, so it is rounding.
    "tie-up": ("1", "equal", "100m_usd", "cell", LA, "exact"),
    "tie-down": ("0", "equal", "100m_usd", "cell", LA, "rounding"),
    # exactly x.x5: 0.25 within [0.22275, 0.27775]
    "x.x5-up": ("0.3", "equal", "100m_usd", "percent_of", HALF, "exact"),
    "x.x5-down": ("0.2", "equal", "100m_usd", "percent_of", HALF, "rounding"),
    "x.x5-far": ("0.4", "equal", "100m_usd", "percent_of", HALF, "inconsistent"),
    # other prints 0.3 = [0.25, 0.35]; a claim of 0.2 allows [0.15, 0.25]: they touch
    "touch-low": ("0.2", "equal", "100m_usd", "cell", "region:other", "rounding"),
    "touch-high": ("0.4", "equal", "100m_usd", "cell", "region:other", "rounding"),
    "apart": ("0.1", "equal", "100m_usd", "cell", "region:other", "inconsistent"),
    "finer-claim": ("0.36", "equal", "100m_usd", "cell", "region:other", "inconsistent"),
    # Asia: 52.287% at face value, 52.219..52.355% within rounding
    "at-least-52": ("52", "at_least", "percent", "share", "region:asia", "exact"),
    "at-least-52.3": ("52.3", "at_least", "percent", "share", "region:asia", "rounding"),
    "at-least-52.4": ("52.4", "at_least", "percent", "share", "region:asia", "rounding"),
    "at-least-52.5": ("52.5", "at_least", "percent", "share", "region:asia", "inconsistent"),
    # the article's own inputs contradict an external figure
    "external-wrong": ("60", "equal", "100m_usd", "percent_of",
                       "fact:ks_deficit_total fact:ks_deficit_us_share", "inconsistent"),
    # 44.3 of game's 49.3 is IP charges, 89.9%; the table prints 0.90
    "industry-column": ("89.9", "equal", "percent", "share", "trade_type:ip_charges@game_software", "exact"),
}


def test_synthetic_claims_at_the_edges(data_dir: Path):
    ids = {name: "regions-" + name.replace(".", "") for name in SYNTHETIC}
    got = _with_claims(data_dir, *[(ids[n], *case[:5]) for n, case in SYNTHETIC.items()])
    assert {n: got[ids[n]] for n in SYNTHETIC} == {n: case[5] for n, case in SYNTHETIC.items()}


# ---- a bad spec fails like any other bad input ------------------------------------

@pytest.mark.parametrize("column, value, expected", [
    ("args", "region:europa", "expected region codes listed in labels.csv (total, north_america, asia, "
                              "europe, latin_america, middle_east, other), got 'region:europa'"),
    ("args", "region:europe fact:imports_total", "expected 1 operand(s) for op share, got 2: "
                                                 "'region:europe fact:imports_total'"),
    ("args", "region:total", "expected parts of a total, not the total itself, for op share, got "
                             "'region:total'"),
    ("args", "europe", "expected an operand like region:europe, firm_size:medium+small, "
                       "trade_type:ip_charges@game_software or fact:imports_total, got 'europe'"),
    ("unit", "100m_usd", "expected percent, got '100m_usd'"),
    ("id", "europe-share", "expected an id starting with 'regions-' (its section), got 'europe-share'"),
    ("year", "2023", "expected a year the tables cover (2024), got '2023'"),
    ("comparator", "=", "expected one of equal, at_least, got '='"),
])
def test_bad_spec_row(data_dir: Path, column: str, value: str, expected: str):
    expect_one_bad_cell(data_dir, "claims_spec.csv", {"id": "regions-europe-share"}, column, value, expected)


def test_fact_claim_must_repeat_the_fact(data_dir: Path):
    expect_one_bad_cell(data_dir, "claims_spec.csv", {"id": "overview-imports-total"}, "claimed", "89.3",
                        "expected 89.2 (the value of imports_total in prose_facts.csv), got '89.3'")


def test_duplicate_claim_id(data_dir: Path):
    row, _ = append_copy(data_dir / "claims_spec.csv", 1)
    assert only_problem(data_dir) == (
        f"data/claims_spec.csv: row {row}, column id: expected one row per id, got a second row for "
        "id=overview-wto-services-vs-goods (first at row 2)")


# ---- our words, not the article's -------------------------------------------------

def test_descriptions_are_not_copied_from_the_article(ledger, article_text):
    article = " ".join(article_text.split())
    for row in ledger.values():
        for col in ("claim_ko", "claim_en", "note", "note_ko"):
            text = row[col]
            m = difflib.SequenceMatcher(None, text, article, autojunk=False)
            match = m.find_longest_match(0, len(text), 0, len(article))
            assert match.size < 20, (row["id"], col, text[match.a:match.a + match.size])
