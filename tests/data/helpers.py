"""Editing helpers for broken copies of data/ (see the data_dir fixture)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ictsite.data import DataError, load_dataset


def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def set_cell(path: Path, match: dict[str, str], column: str, value: str) -> int:
    """Change one cell; returns its row number as the validator counts (header = 1)."""
    rows = read_rows(path)
    header = rows[0]
    hits = [i for i, r in enumerate(rows[1:], start=1)
            if all(r[header.index(k)] == v for k, v in match.items())]
    assert len(hits) == 1, f"{match} matched {len(hits)} rows"
    rows[hits[0]][header.index(column)] = value
    write_rows(path, rows)
    return hits[0] + 1


def append_copy(path: Path, index: int, **changes: str) -> tuple[int, list[str]]:
    """Append a copy of data row `index` (1 = first after the header), with changes;
    returns the new row's number as the validator counts and the row."""
    rows = read_rows(path)
    header = rows[0]
    copy = rows[index][:]
    for column, value in changes.items():
        copy[header.index(column)] = value
    write_rows(path, rows + [copy])
    return len(rows) + 1, copy


def drop_row(path: Path, match: dict[str, str]) -> None:
    rows = read_rows(path)
    header = rows[0]
    kept = [rows[0]] + [r for r in rows[1:]
                        if not all(r[header.index(k)] == v for k, v in match.items())]
    assert len(kept) == len(rows) - 1
    write_rows(path, kept)


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as e:
        load_dataset(data_dir=data_dir)
    lines = [str(p) for p in e.value.problems]
    assert str(e.value) == "\n".join(lines)
    return lines


def only_problem(data_dir: Path) -> str:
    lines = problems(data_dir)
    assert len(lines) == 1, lines
    return lines[0]


def expect_one_bad_cell(data_dir: Path, name: str, match: dict[str, str], column: str, value: str,
                        says: str) -> None:
    """Break one cell; the validator must answer with exactly one line about that cell."""
    row = set_cell(data_dir / name, match, column, value)
    assert only_problem(data_dir) == f"data/{name}: row {row}, column {column}: {says}"


def append_synthetic_year(data_dir: Path, year: int = 2025, delta: str = "10.0") -> str:
    """Append a full year in the article's shape, as a maintainer would for a new release: the three
    tables (the article's cells, with game software's exports raised by `delta` in one cell of each
    table and every total and share recomputed, so the year is valid and differs), its release in
    releases.csv and its prose facts. Returns the new release's id."""
    from decimal import ROUND_HALF_UP, Decimal
    from ictsite.data.schema import ARTICLE_RELEASE, TABLES
    bump = {"trade_type": "ip_charges", "firm_size": "midsized", "region": "asia"}
    d = Decimal(delta)
    prev = str(year - 1)
    for dim, spec in TABLES.items():
        rows = read_rows(data_dir / spec.name)
        header = rows[0]
        i_year, i_ind, i_cat, i_val, i_share = (header.index(c) for c in ("year", "industry", dim, "value", "share"))
        new = [r[:] for r in rows[1:] if r[i_year] == prev]
        for r in new:
            r[i_year] = str(year)
            if r[i_ind] in ("game_software", "total") and r[i_cat] in (bump[dim], "total"):
                r[i_val] = str(Decimal(r[i_val]) + d)
        totals = {r[i_ind]: Decimal(r[i_val]) for r in new if r[i_cat] == "total"}
        for r in new:
            if r[i_cat] != "total":
                share = Decimal(r[i_val]) / totals[r[i_ind]]
                r[i_share] = str(share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
        write_rows(data_dir / spec.name, rows + new)
    releases = read_rows(data_dir / "releases.csv")
    article = next(r for r in releases[1:] if r[0] == ARTICLE_RELEASE)
    rid = f"synthetic_{year}"
    write_rows(data_dir / "releases.csv", releases + [[rid, str(year), "tables", f"{year} {prev}", *article[4:]]])
    facts = read_rows(data_dir / "prose_facts.csv")
    header = facts[0]
    exports = next(Decimal(r[3]) for r in read_rows(data_dir / TABLES["trade_type"].name)[1:]
                   if r[0] == str(year) and r[1] == "total" and r[2] == "total")
    added = []
    for r in facts[1:]:
        cells = dict(zip(header, r))
        if cells["release"] == ARTICLE_RELEASE and cells["period"] == prev and cells["id"] in (
                "imports_total", "exports_growth", "imports_growth", "trade_balance"):
            cells.update(year=str(year), period=str(year), release=rid)
            imports = next(Decimal(x[2]) for x in facts[1:] if x[0] == "imports_total" and x[-1] == ARTICLE_RELEASE)
            before = next(Decimal(r[3]) for r in read_rows(data_dir / TABLES["trade_type"].name)[1:]
                          if r[0] == prev and r[1] == "total" and r[2] == "total")
            if cells["id"] == "trade_balance":
                cells["value"] = str(exports - imports)
            if cells["id"] == "exports_growth":  # printed growth must follow from the two years
                cells["value"] = str(((exports / before - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
            if cells["id"] == "imports_growth":  # imports are carried over unchanged
                cells["value"] = "0.0"
            added.append([cells[c] for c in header])
    write_rows(data_dir / "prose_facts.csv", facts + added)
    return rid
