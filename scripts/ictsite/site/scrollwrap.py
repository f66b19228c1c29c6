"""A table inside a named, focusable scroll box, written when the page is built.

Material's script wraps each `table:not([class])` in div.md-typeset__scrollwrap >
div.md-typeset__table when it starts up. We write that wrapper ourselves for three reasons:
- the box must be a named region that keyboard users can focus, to scroll a table wider than a
  phone;
- it must be there without JavaScript;
- it must be there before the first paint.

The table carries WRAPPED, so Material leaves it alone. Otherwise Material wraps it a second time:
it nests a second scroll box and moves every table after the page has been laid out (8 tables on
/data/). Material styles only tables without a
class, so site.css repeats its table rules for `table.ict-wrapped`.
tests/site/test_scrollwrap.py checks that the copy still matches Material's CSS.
"""
from __future__ import annotations

from html import escape

WRAPPED = "ict-wrapped"


def wrapped_table(inner: str, *, labelledby: str | None = None, label: str | None = None,
                  wrapper_class: str = "", table_id: str | None = None) -> str:
    """`inner` (caption, thead, tbody) as a table in its scroll box. The box is named by the
    element `labelledby` points to, or by `label`."""
    if (labelledby is None) == (label is None):
        raise ValueError("a scroll box needs exactly one name: labelledby= or label=")
    name = f'aria-labelledby="{escape(labelledby)}"' if labelledby else f'aria-label="{escape(label)}"'
    classes = " ".join(c for c in ("md-typeset__scrollwrap", wrapper_class) if c)
    table_attrs = f' id="{escape(table_id)}"' if table_id else ""
    return (f'<div class="{classes}" role="region" tabindex="0" {name}>'
            f'<div class="md-typeset__table"><table class="{WRAPPED}"{table_attrs}>{inner}</table></div></div>')
