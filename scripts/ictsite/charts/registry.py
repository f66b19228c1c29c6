"""Every chart the site draws: the story's fixed charts and the charts each release adds."""
from __future__ import annotations

from ..data import Dataset
from .policy_chart import POLICY_CHARTS, PolicyChart
from .release_charts import ReleaseChart, release_charts
from .specs import CHARTS, ChartSpec


def all_charts(ds: Dataset) -> list[ChartSpec | PolicyChart | ReleaseChart]:
    return [*CHARTS.values(), *POLICY_CHARTS, *release_charts(ds)]


def find_chart(ds: Dataset, chart_id: str) -> ChartSpec | PolicyChart | ReleaseChart:
    if chart_id in CHARTS:
        return CHARTS[chart_id]
    for spec in POLICY_CHARTS:
        if spec.id == chart_id:
            return spec
    for spec in release_charts(ds):
        if spec.id == chart_id:
            return spec
    raise KeyError(f"unknown chart {chart_id!r}")
