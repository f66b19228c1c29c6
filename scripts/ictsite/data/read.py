"""Read a CSV file the same way whatever editor saved it.

Spreadsheet exports often add a UTF-8 byte-order mark and CRLF line ends; both are
noise, so they are removed before parsing and only noted, never treated as content.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem

BOM = "\ufeff"


@dataclass
class Record:
    line: int  # 1-based line number in the file
    cells: dict[str, str]


@dataclass
class CsvFile:
    shown: str  # "data/labels.csv"
    header: list[str]
    records: list[Record]
    quirks: list[str] = field(default_factory=list)  # "UTF-8 BOM", "CRLF line ends"


def shown_name(data_dir: Path, name: str) -> str:
    return f"{data_dir.name}/{name}"


def read_csv(data_dir: Path, name: str, problems: list[Problem]) -> CsvFile | None:
    """Parse data_dir/name; on failure add problems and return None."""
    shown = shown_name(data_dir, name)
    path = data_dir / name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(shown, "a CSV file", "no such file"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(Problem(shown, "UTF-8 text", f"an invalid byte at offset {e.start}"))
        return None
    quirks = []
    if text.startswith(BOM):
        text = text[1:]
        quirks.append("UTF-8 BOM")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        quirks.append("CRLF line ends")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as e:
        problems.append(Problem(shown, "well-formed CSV", str(e), row=reader.line_num))
        return None
    rows = [(n, r) for n, r in rows if r]  # blank lines are not rows
    if not rows:
        problems.append(Problem(shown, "a header row", "an empty file"))
        return None
    (_, header), body = rows[0], rows[1:]
    records = []
    for line, row in body:
        if len(row) != len(header):
            problems.append(Problem(shown, f"{len(header)} fields like the header",
                                    f"{len(row)}", row=line))
            continue
        records.append(Record(line, dict(zip(header, row))))
    return CsvFile(shown, header, records, quirks)


def write_csv_text(header: list[str], rows: list[dict[str, str]]) -> str:
    """The repository's CSV style: UTF-8, LF, minimal quoting."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(c, "") for c in header])
    return out.getvalue()
