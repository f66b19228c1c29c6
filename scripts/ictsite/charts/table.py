"""A chart's table as text: HTML for the page, CSV for the download, from the same cells."""
from __future__ import annotations

import csv
import io
from decimal import Decimal
from html import escape

import pandas as pd

from .. import fmt
from .specs import MONEY, PERCENT, PERCENT_WHOLE


def cell_text(value: object, kind: str, lang: str) -> str:
    if kind != "text" and (value is None or value != value):
        return ""  # not published: an empty cell, never a zero
    if kind == MONEY:  # the table already holds the language's unit: 111.5 or 11.15
        return fmt.number(float(value), 1 if lang == "ko" else 2)
    if kind == PERCENT:
        # A share the precision rule rounded (quantity.share_shown) carries its own digits: 65 or 44.2.
        digits = max(-value.as_tuple().exponent, 0) if isinstance(value, Decimal) else 1
        return fmt.number(value, digits)
    if kind == PERCENT_WHOLE:
        return fmt.number(float(value), 0)
    return str(value)


def rows_text(df: pd.DataFrame, lang: str) -> list[list[str]]:
    kinds = df.attrs["formats"]
    return [[cell_text(v, kinds[c], lang) for c, v in zip(df.columns, rec)]
            for rec in df.itertuples(index=False)]


def to_html(df: pd.DataFrame, lang: str, caption: str) -> str:
    kinds = df.attrs["formats"]
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in df.columns)
    numeric = [kinds[c] != "text" for c in df.columns]
    body = []
    for cells in rows_text(df, lang):
        tds = "".join(f'<td class="ict-n">{escape(v)}</td>' if num else f"<td>{escape(v)}</td>"
                      for v, num in zip(cells[1:], numeric[1:]))
        body.append(f'<tr><th scope="row">{escape(cells[0])}</th>{tds}</tr>')
    return (f'<table class="ict-table"><caption>{escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def to_csv(df: pd.DataFrame, lang: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(df.columns)
    w.writerows(rows_text(df, lang))
    # A BOM so that spreadsheet programs read the Hangul headers as UTF-8.
    return buf.getvalue().encode("utf-8-sig")
