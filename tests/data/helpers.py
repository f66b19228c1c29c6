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
