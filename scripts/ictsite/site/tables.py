"""The article's three tables, rendered from data/ as accessible HTML in either language."""
from __future__ import annotations

from html import escape

from .. import fmt
from ..data import Dataset
from ..data.load import TABLES
from ..lang import t
from .scrollwrap import wrapped_table

# Public anchors of the three tables: part of the URL manifest.
TABLE_IDS = {"trade_type": "table-trade-type", "firm_size": "table-firm-size", "region": "table-region"}


def _cell(value: float, share: float | None, lang: str) -> str:
    text = escape(fmt.money_amount(value, lang))
    if share is not None and share == share:  # NaN: the table printed no share
        text += f' <span class="ict-share">({fmt.percent(share * 100, lang, 0)})</span>'
    return text


def article_table(ds: Dataset, dimension: str, lang: str, root: str) -> str:
    df = ds.tables[dimension]
    df = df[df.year == ds.year]
    industries = list(dict.fromkeys(df.industry))
    categories = list(dict.fromkeys(df[dimension]))
    cells = {(r.industry, getattr(r, dimension)): (r.value, r.share) for r in df.itertuples()}
    table_id = TABLE_IDS[dimension]
    caption = escape(t(lang, f"table.caption.{dimension}", year=ds.year))

    head = "".join(f'<th scope="col">{escape(ds.label("industry", i, lang))}</th>' for i in industries)
    rows = []
    for cat in categories:
        cls = ' class="ict-total"' if cat == "total" else ""
        tds = "".join(f"<td>{_cell(*cells[(i, cat)], lang)}</td>" for i in industries)
        rows.append(f'<tr{cls}><th scope="row">{escape(ds.label(dimension, cat, lang))}</th>{tds}</tr>')
    csv_href = f"{root}data/{TABLES[dimension].name}"
    inner = "\n".join([
        f'<caption id="{table_id}-caption">{caption}</caption>',
        f'<thead><tr><th scope="col">{escape(t(lang, "table.row_header"))}</th>{head}</tr></thead>',
        "<tbody>", *rows, "</tbody>",
    ])
    return "\n".join([
        wrapped_table(inner, labelledby=f"{table_id}-caption", wrapper_class="ict-table", table_id=table_id),
        f'<p class="ict-table-note">{escape(t(lang, "table.unit_value"))} {escape(t(lang, "table.source"))} '
        f'<a href="{csv_href}" download>{escape(t(lang, "table.download"))}</a></p>',
    ])
