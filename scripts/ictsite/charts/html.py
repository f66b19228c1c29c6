"""chart_html: the block a page generator drops into a Markdown page for one chart.

Everything a reader needs works without JavaScript: the title, the static SVG, the text
description, the data table and the CSV link. charts.js reads the data-ict-* attributes to make
the chart interactive; the URLs in them are relative to the page, since its depth varies.
The block is raw HTML without blank lines or markdown="1", so Markdown and MkDocs leave it as is.
"""
from __future__ import annotations

from html import escape

from ..data import Dataset
from ..lang import t
from . import paths
from .registry import find_chart
from .specs import MONEY, TEXT
from .svg import inline_svg
from .table import to_html
from .tools import chart_tools


def _attr(value: str) -> str:
    return escape(value, quote=True)


def unit_text(unit: str, lang: str) -> str:
    return t(lang, {MONEY: "ui.unit_money", "count": "ui.unit_count"}.get(unit, "ui.unit_percent"))


def table_caption(title: str, built, lang: str) -> str:
    """The data table's caption: the title, with the unit only if every numeric column is in it.
    A table that mixes units (amounts beside shares) gets none; its column heads carry theirs."""
    family = {MONEY: MONEY, "count": "count"}
    kinds = {family.get(k, "percent") for k in built.table.attrs["formats"].values() if k != TEXT}
    if kinds <= {family.get(built.unit, "percent")}:
        return f"{title} ({unit_text(built.unit, lang)})"
    return title


def source_text(prose_imports: bool, lang: str) -> str:
    text = t(lang, "ui.source")
    return f"{text}. {t(lang, 'ui.source_prose_imports')}" if prose_imports else f"{text}."


def chart_html(ds: Dataset, chart_id: str, lang: str, root: str, site_url: str) -> str:
    spec = find_chart(ds, chart_id)
    built = spec.built(ds, lang)
    model = built.model
    title = spec.title(lang, ds)
    cid = _attr(chart_id)
    legend = ""
    if model.legend:
        items = "".join(f'<li><span class="ict-key ict-f-{s.color}" aria-hidden="true"></span>'
                        f"{escape(s.name)}</li>" for s in model.series)
        legend = f'<ul class="ict-chart__legend">{items}</ul>'
    csv_url = paths.asset_url(root, lang, chart_id, "csv")
    parts = [
        f'<figure class="ict-chart" id="{cid}" data-ict-chart="{cid}" '
        f'data-ict-spec="{_attr(paths.asset_url(root, lang, chart_id, "json"))}" '
        f'data-ict-plotly="{_attr(paths.plotly_url(root))}" aria-labelledby="ict-{cid}-title">',
        '<figcaption class="ict-chart__caption">',
        f'<span class="ict-chart__title" id="ict-{cid}-title">{escape(title)}</span>',
        f'<span class="ict-chart__subtitle">{escape(built.subtitle)}</span>',
        f'<span class="ict-chart__unit">{escape(unit_text(built.unit, lang))}</span>',
        "</figcaption>",
        legend,
        f'<div class="ict-chart__plot" style="height:{model.height}px">',
        inline_svg(model, f"ict-{chart_id}-title", f"ict-{chart_id}-desc"),
        "</div>",
        f'<p class="ict-chart__desc" id="ict-{cid}-desc">{escape(built.description)}</p>',
        f'<details class="ict-chart__data"><summary>{escape(t(lang, "ui.data_table"))}</summary>',
        f'<div class="ict-chart__scroll" tabindex="0" role="region" aria-labelledby="ict-{cid}-title">',
        to_html(built.table, lang, table_caption(title, built, lang)),
        "</div></details>",
        f'<p class="ict-chart__foot"><span class="ict-chart__source">'
        f"{escape(built.source or source_text(built.prose_imports, lang))}</span></p>",
        # The chart's options (link, embed code, CSV) in one toolbar: charts/tools.py.
        chart_tools(ds, chart_id, lang, root, title, csv_url, site_url),
        "</figure>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
