"""The shape every chart shares: labelled horizontal bars, one row per category.

A row's label sits above its bar and its value at the right end of the same line, so the bars
take the full width at 360 px and the layout does not depend on the width at all. Both renderers
(figure.py for Plotly, svg.py for the static image) draw this model with the same geometry, so the
height reserved before drawing is exact and the picture does not jump when Plotly takes over.
"""
from __future__ import annotations

from dataclasses import dataclass

# Geometry in CSS pixels, shared by both renderers.
PAD_TOP = 4
PAD_BOTTOM = 6
ROW = 46          # one row: label line, bar, gap
LABEL_BASELINE = 15
BAR_TOP = 21
BAR = 16
FONT_SIZE = 13
ZERO_OVERHANG = 3   # the zero tick reaches this far above and below a bar


@dataclass(frozen=True)
class Segment:
    series: int        # index into BarChart.series
    start: float       # in the chart's unit (억 달러 / USD billion / %)
    end: float
    hover: str

    @property
    def value(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Series:
    code: str          # ASCII code from data/labels.csv, or a fixed role name
    name: str          # in the chart's language
    color: str         # a role in theme.LIGHT


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    value_text: str    # shown at the right end of the label line; may be ""
    segments: tuple[Segment, ...]
    strong: bool = False   # the "all industries" reference row
    color: str | None = None  # overrides the series colour (single-series charts)


@dataclass(frozen=True)
class BarChart:
    rows: tuple[Row, ...]
    series: tuple[Series, ...]
    xmin: float
    xmax: float
    legend: bool = True
    track: bool = False    # a faint 0–100 track behind each bar (share charts)

    @property
    def height(self) -> int:
        return PAD_TOP + len(self.rows) * ROW + PAD_BOTTOM

    @property
    def has_negative(self) -> bool:
        return self.xmin < 0

    def colour(self, row: Row, seg: Segment) -> str:
        return row.color or self.series[seg.series].color

    def pct(self, x: float) -> float:
        """Position of value x as a percentage of the plot width."""
        return (x - self.xmin) / (self.xmax - self.xmin) * 100
