"""The validator: real data passes untouched; each kind of bad input fails with a line
naming the file, the row, the column and what was expected."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ictsite.data import DataError, load_dataset
from ictsite.data.validate import validate_inputs
from ictsite.paths import DATA

from .helpers import (append_copy, drop_row, expect_one_bad_cell, only_problem, problems, read_rows, set_cell,
                      write_rows)

REGION = "exports_by_region.csv"
TRADE = "exports_by_trade_type.csv"
FIRM = "exports_by_firm_size.csv"


def test_real_data_passes_without_any_alarm():
    inputs = validate_inputs(DATA)  # raises on any problem
    tables_releases = [r.cells["periods"].split()[0] for r in inputs.releases.values() if r.cells["kind"] == "tables"]
    assert [str(y) for y in inputs.years] == sorted(tables_releases)
    assert all(not f.quirks for f in inputs.files.values()), "data/ files must be clean UTF-8 + LF"


def test_public_api_still_means_what_it_meant():
    ds = load_dataset(data_dir=DATA)
    claimed = lambda cid: float(ds.claim(cid)["claimed"])  # noqa: E731 (the article's own figures)
    assert ds.year == int(ds.claim("regions-europe-share")["year"])  # the article's year
    assert ds.value("region", "total", "europe") == claimed("regions-europe-exports")
    assert ds.label("trade_type", "ip_charges", "en") == "Charges for the use of intellectual property n.i.e."
    assert ds.label("firm_size", "micro", "ko") == "소상공인"
    assert ds.fact("imports_total") == claimed("overview-imports-total")
    assert set(ds.tables) == {"trade_type", "firm_size", "region"}
    t = ds.tables["firm_size"]
    assert list(t.columns[:5]) == ["year", "industry", "firm_size", "value", "share"]
    assert t["share"].isna().sum() == 8  # the total row: the article prints no share there
    assert ds.claim("regions-europe-share")["status"] == "inconsistent"
    assert len(ds.claims) == len(read_rows(DATA / "claims.csv")) - 1


def test_tables_load_exactly_as_pandas_reads_the_csv():
    ds = load_dataset(data_dir=DATA)
    for dim in ("trade_type", "firm_size", "region"):
        plain = pd.read_csv(DATA / f"exports_by_{dim}.csv")
        pd.testing.assert_frame_equal(ds.tables[dim], plain)


def test_bom_and_crlf_read_identically_and_pass(data_dir: Path):
    for name in (REGION, "labels.csv", "claims_spec.csv"):
        p = data_dir / name
        p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"\n", b"\r\n"))
    clean, quirky = load_dataset(data_dir=DATA), load_dataset(data_dir=data_dir)
    pd.testing.assert_frame_equal(clean.tables["region"], quirky.tables["region"])
    pd.testing.assert_frame_equal(clean.labels, quirky.labels)
    pd.testing.assert_frame_equal(clean.claims, quirky.claims)
    assert clean.label("region", "asia", "ko") == quirky.label("region", "asia", "ko") == "아시아"
    assert validate_inputs(data_dir).files[REGION].quirks == ["UTF-8 BOM", "CRLF line ends"]


def test_renamed_column(data_dir: Path):
    rows = read_rows(data_dir / REGION)
    rows[0][3] = "values"
    write_rows(data_dir / REGION, rows)
    assert only_problem(data_dir) == (
        "data/exports_by_region.csv: row 1, column values: expected column 'value' here "
        "(the header is year,industry,region,value,share), got 'values'")


def test_missing_column(data_dir: Path):
    write_rows(data_dir / TRADE, [r[:4] for r in read_rows(data_dir / TRADE)])
    assert only_problem(data_dir) == (
        "data/exports_by_trade_type.csv: row 1, column share: expected column 'share' here "
        "(the header is year,industry,trade_type,value,share), got no such column")


def test_short_row(data_dir: Path):
    rows = read_rows(data_dir / FIRM)
    rows[5] = rows[5][:4]
    write_rows(data_dir / FIRM, rows)
    assert only_problem(data_dir) == (
        "data/exports_by_firm_size.csv: row 6: expected 5 fields like the header, got 4")


NUMBER = "a number with one decimal like 12.3 (values are printed to 0.1)"

# (file, the row to change, column, new cell, what the one problem line must say after "column C: ")
ONE_BAD_CELL = {
    "non-numeric value": (REGION, {"industry": "telecom", "region": "north_america"}, "value", "1.3x",
                          f"expected {NUMBER}, got '1.3x'"),
    "too many decimals": (REGION, {"industry": "telecom", "region": "north_america"}, "value", "1.30",
                          f"expected {NUMBER}, got '1.30'"),
    "negative value": (REGION, {"industry": "telecom", "region": "north_america"}, "value", "-1.3",
                       f"expected {NUMBER}, got '-1.3'"),
    "empty value": (REGION, {"industry": "telecom", "region": "north_america"}, "value", "",
                    f"expected {NUMBER}, got an empty cell"),
    "share as percent": (REGION, {"industry": "telecom", "region": "asia"}, "share", "36",
                         "expected a share with two decimals from 0.00 to 1.00 like 0.57, got '36'"),
    "code not snake_case": (TRADE, {"industry": "telecom", "trade_type": "ip_charges"}, "industry",
                            "Telecom", "expected a snake_case ASCII code like north_america, got 'Telecom'"),
    "missing English label": ("labels.csv", {"dimension": "region", "code": "europe"}, "en", "",
                              "expected text without leading or trailing spaces, got an empty cell"),
    "missing share": (FIRM, {"industry": "total", "firm_size": "large"}, "share", "",
                      "expected the printed share, like 0.57, got an empty cell"),
    "share on the total row": (FIRM, {"industry": "total", "firm_size": "total"}, "share", "1.00",
                               "expected an empty cell (the article prints no share on the total row), "
                               "got '1.00'"),
    # 0.2 of 3.1 can be 0.15/3.15 = 0.048 to 0.25/3.05 = 0.082 before rounding.
    "share that disagrees": (TRADE, {"industry": "telecom", "trade_type": "ip_charges"}, "share", "0.09",
                             "expected 0.05 to 0.08 (0.2 / 3.1, the total of the telecom column, within "
                             "rounding), got '0.09'"),
    # 111.6 still fits 표 2's own parts (they add up to 111.6), but it is not 표 1's 111.5.
    "totals differ across tables": (FIRM, {"industry": "total", "firm_size": "total"}, "value", "111.6",
                                    "expected 111.5 (the same total as in exports_by_trade_type.csv), "
                                    "got '111.6'"),
    "unknown unit": ("prose_facts.csv", {"id": "imports_total"}, "unit", "usd_100m",
                     "expected one of 100m_usd, percent, firms, usd, got 'usd_100m'"),
}


@pytest.mark.parametrize("case", ONE_BAD_CELL.values(), ids=ONE_BAD_CELL.keys())
def test_one_bad_cell_gives_one_exact_line(data_dir: Path, case):
    expect_one_bad_cell(data_dir, *case)


def test_unknown_code(data_dir: Path):
    row = set_cell(data_dir / REGION, {"industry": "telecom", "region": "europe"}, "region", "europa")
    lines = problems(data_dir)
    assert lines[0] == (
        f"data/exports_by_region.csv: row {row}, column region: expected a region code listed in "
        "labels.csv (total, north_america, asia, europe, latin_america, middle_east, other), got 'europa'")
    assert len(lines) == 1  # completeness is not checked on top of a bad code


def test_label_row_missing_for_a_code_in_use(data_dir: Path):
    drop_row(data_dir / "labels.csv", {"dimension": "firm_size", "code": "micro"})
    lines = problems(data_dir)
    assert len(lines) == 8  # every row of the table that uses the code
    assert all("data/exports_by_firm_size.csv: row" in l and "column firm_size: expected a firm_size "
               "code listed in labels.csv" in l and l.endswith("got 'micro'") for l in lines)


def test_duplicate_label(data_dir: Path):
    row, _ = append_copy(data_dir / "labels.csv", 3)
    assert only_problem(data_dir) == (
        f"data/labels.csv: row {row}, column code: expected one row per dimension, code, got a second "
        "row for dimension=industry, code=broadcasting (first at row 4)")


def test_duplicate_key(data_dir: Path):
    row, dup = append_copy(data_dir / REGION, 10, value="9.9")
    assert only_problem(data_dir) == (
        f"data/exports_by_region.csv: row {row}, column region: expected one row per year, industry, "
        f"region, got a second row for year=2024, industry={dup[1]}, region={dup[2]} (first at row 11)")


def test_missing_cell_row(data_dir: Path):
    drop_row(data_dir / REGION, {"industry": "game_software", "region": "europe"})
    assert only_problem(data_dir) == ("data/exports_by_region.csv: column region: expected a row for "
                                      "year=2024, industry=game_software, region=europe, got none")


def test_total_that_disagrees_beyond_rounding(data_dir: Path):
    # Broadcasting's firm sizes add up to 5.3; printing large as 0.6 instead of 1.8 leaves
    # them at 4.1, which no rounding stretches to the printed 5.3.
    row = set_cell(data_dir / FIRM, {"industry": "broadcasting", "firm_size": "large"}, "value", "0.6")
    lines = problems(data_dir)
    total_row = 1 + [r[1:3] for r in read_rows(data_dir / FIRM)].index(["broadcasting", "total"])
    assert (f"data/exports_by_firm_size.csv: row {total_row}, column value: expected 3.8 to 4.4 (the "
            "firm_size rows of industry broadcasting add up to 4.1; a total may differ from its "
            "parts only by rounding), got '5.3'") in lines
    # the row direction catches it too: large's industries no longer add up to 43.6
    assert any(l.startswith("data/exports_by_firm_size.csv: row 2, column value: expected 42.2 to "
                            "43.0 (the industries in firm_size large add up to 42.6") for l in lines)
    assert not any(f"row {row}," in l for l in lines)


def test_total_that_differs_only_by_rounding_passes(data_dir: Path):
    # 표 1 prints 63.5 for IP charges while its seven industries add up to 63.6: rounding, not
    # an error. Seven parts of ±0.05 allow even 63.9; the four trade types of the all-industries
    # column, though, then add up to 111.9, which 111.5 cannot be.
    set_cell(data_dir / TRADE, {"industry": "total", "trade_type": "ip_charges"}, "value", "63.6")
    load_dataset(data_dir=data_dir)
    set_cell(data_dir / TRADE, {"industry": "total", "trade_type": "ip_charges"}, "value", "63.9")
    assert only_problem(data_dir) == (
        "data/exports_by_trade_type.csv: row 34, column value: expected 111.7 to 112.1 (the trade_type "
        "rows of industry total add up to 111.9; a total may differ from its parts only by rounding), "
        "got '111.5'")


def test_share_at_the_edge_of_rounding_passes(data_dir: Path):
    # 0.2 of 3.1 may truly be 0.25 of 3.05, and 0.25 / 3.05 = 0.082 prints as 0.08.
    set_cell(data_dir / TRADE, {"industry": "telecom", "trade_type": "ip_charges"}, "share", "0.08")
    load_dataset(data_dir=data_dir)


def _release_for(data_dir: Path, year: str) -> None:
    """A `tables` release whose own period is `year`, as a maintainer adds with a new year's tables."""
    rows = read_rows(data_dir / "releases.csv")
    article = next(r for r in rows[1:] if r[0] == "article_2024")
    write_rows(data_dir / "releases.csv", rows + [[f"test_{year}", year, "tables", f"{year} {int(year) - 1}",
                                                   *article[4:]]])


def test_every_table_covers_the_same_years(data_dir: Path):
    _release_for(data_dir, "2025")
    rows = read_rows(data_dir / REGION)
    write_rows(data_dir / REGION, rows + [["2025", *r[1:]] for r in rows[1:]])
    assert only_problem(data_dir) == ("data/exports_by_trade_type.csv: column year: expected rows for "
                                      "year 2025 (as in exports_by_region.csv), got none")


def test_a_second_year_is_welcome(data_dir: Path):
    _release_for(data_dir, "2025")
    for name in (TRADE, FIRM, REGION):
        rows = read_rows(data_dir / name)
        write_rows(data_dir / name, rows + [["2025", *r[1:]] for r in rows[1:]])
    ds = load_dataset(data_dir=data_dir)
    assert ds.year == 2024  # the story stays on the article's edition
    assert ds.claim("regions-europe-share")["year"] == 2024  # and so does the ledger


def test_a_year_without_a_release_is_refused(data_dir: Path):
    for name in (TRADE, FIRM, REGION):
        rows = read_rows(data_dir / name)
        write_rows(data_dir / name, rows + [["2025", *r[1:]] for r in rows[1:]])
    lines = problems(data_dir)
    assert lines and all("expected a year that a release of kind tables in releases.csv has as its own"
                         in line and "got '2025'" in line for line in lines), lines


def test_required_fact_missing(data_dir: Path):
    drop_row(data_dir / "prose_facts.csv", {"id": "imports_growth", "release": "article_2024"})
    assert only_problem(data_dir) == ("data/prose_facts.csv: column id: expected a row with id "
                                      "imports_growth for release article_2024 (other code uses it), got none")


def test_table_with_a_header_only(data_dir: Path):
    write_rows(data_dir / FIRM, read_rows(data_dir / FIRM)[:1])
    assert only_problem(data_dir) == ("data/exports_by_firm_size.csv: row 2: expected the table's rows "
                                      "under the header, got none")


def test_missing_file(data_dir: Path):
    (data_dir / "labels.csv").unlink()
    assert problems(data_dir)[0] == "data/labels.csv: expected a CSV file, got no such file"


def test_not_utf8(data_dir: Path):
    (data_dir / "labels.csv").write_bytes("dimension,code,ko,en\n".encode() + "지역".encode("cp949"))
    assert problems(data_dir)[0] == "data/labels.csv: expected UTF-8 text, got an invalid byte at offset 21"


def test_every_problem_is_reported_at_once(data_dir: Path):
    set_cell(data_dir / REGION, {"industry": "telecom", "region": "asia"}, "value", "x")
    set_cell(data_dir / "prose_facts.csv", {"id": "imports_total"}, "value", "lots")
    set_cell(data_dir / "labels.csv", {"dimension": "region", "code": "asia"}, "ko", " 아시아")
    lines = problems(data_dir)
    assert [l.split(":")[0] for l in lines] == ["data/exports_by_region.csv", "data/labels.csv",
                                               "data/prose_facts.csv"]


def test_dataerror_is_the_only_exception_for_bad_input(data_dir: Path):
    (data_dir / REGION).write_bytes(b'year,industry\n"unterminated')
    with pytest.raises(DataError):
        load_dataset(data_dir=data_dir)


def test_a_cited_release_without_facts_is_refused(data_dir: Path):
    cited = [r for r in read_rows(data_dir / "releases.csv")[1:] if r[2] == "cited"]
    assert cited, "data/releases.csv has no release of kind cited to test with"
    rid = cited[0][0]
    rows = read_rows(data_dir / "prose_facts.csv")
    col = rows[0].index("release")
    write_rows(data_dir / "prose_facts.csv", [rows[0], *(r for r in rows[1:] if r[col] != rid)])
    assert only_problem(data_dir).startswith(f"data/prose_facts.csv: column release: expected a row with "
                                             f"release {rid} (releases.csv row ")


def test_a_source_address_without_its_name_is_refused(data_dir: Path):
    rows = read_rows(data_dir / "releases.csv")
    head = rows[0]
    i = next(n for n, r in enumerate(rows[1:], start=1) if r[head.index("source_url")])
    rows[i][head.index("source_name_en")] = ""
    write_rows(data_dir / "releases.csv", rows)
    assert only_problem(data_dir).startswith(f"data/releases.csv: row {i + 1}, column source_name_en: "
                                             "expected the name of where the figures were read")
