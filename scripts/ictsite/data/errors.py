"""One exception type for bad data, carrying every problem found, one line each."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # as shown to people: "data/labels.csv"
    expected: str
    got: str
    row: int | None = None  # line number in the file; the header is row 1
    column: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        place = ", ".join(p for p in (f"row {self.row}" if self.row else "",
                                      f"column {self.column}" if self.column else "") if p)
        if place:
            where.append(place)
        return f"{': '.join(where)}: expected {self.expected}, got {self.got}"


class DataError(ValueError):
    """data/ failed validation; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
