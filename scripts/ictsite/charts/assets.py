"""write_chart_assets: the generated files charts need, per language, under docs/<lang>/charts/.

Per chart: <id>.csv (the table's numbers, language's headers and unit), <id>.svg (standalone
static rendering for embeds, print and share cards) and <id>.json (the Plotly figure charts.js
draws, plus the colour roles it swaps for the theme). Writes are byte-stable and skip files whose
bytes are unchanged, so `mkdocs serve` does not rebuild in a loop.
"""
from __future__ import annotations

import json
from pathlib import Path

import plotly.io as pio

from ..data import Dataset
from ..lang import LANGS, docs_dir
from . import paths
from .figure import to_figure
from .registry import all_charts
from .svg import standalone_svg
from .table import to_csv
from .theme import LIGHT, css_var


def figure_json(fig) -> bytes:
    doc = {
        "figure": json.loads(pio.to_json(fig, validate=False)),
        # light hex → CSS custom property, so charts.js can recolour for the current scheme
        "roles": {colour: css_var(role) for role, colour in LIGHT.items()},
    }
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()


def chart_files(ds: Dataset, lang: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for spec in all_charts(ds):
        chart_id = spec.id
        built = spec.built(ds, lang)
        files[f"{chart_id}.csv"] = to_csv(built.table, lang)
        files[f"{chart_id}.svg"] = standalone_svg(built.model, spec.title(lang, ds),
                                                  built.description, lang).encode()
        files[f"{chart_id}.json"] = figure_json(to_figure(built.model))
    return files


def write_chart_assets(ds: Dataset, docs: Path) -> list[Path]:
    """Write every chart file for both languages; return the paths written or kept."""
    written = []
    for lang in LANGS:
        out = docs_dir(docs, lang) / paths.CHART_DIR
        out.mkdir(parents=True, exist_ok=True)
        files = chart_files(ds, lang)
        for stale in out.iterdir():
            if stale.is_file() and stale.name not in files:
                stale.unlink()
        for name, data in files.items():
            target = out / name
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
            written.append(target)
    return written
