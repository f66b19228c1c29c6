"""The /data/ page's generated parts: download list, data dictionary, claims ledger."""
from __future__ import annotations

import csv
from html import escape

from .. import paths
from ..data.package import published
from .scrollwrap import wrapped_table
from .strings import t


def _text(obj: dict, key: str, lang: str) -> str:
    """A bilingual metadata text: `key` holds Korean, `key_en` English, unless a dict {ko, en}."""
    value = obj.get(f"{key}_{lang}") or obj.get(key, "")
    if isinstance(value, dict):
        value = value.get(lang, "")
    return str(value)


def downloads(ds, lang, page) -> str:
    root = page.root(lang)
    rows = []
    for res in published()["resources"]:
        rows.append(
            f'<li><a href="{root}data/{escape(res["path"])}" download><code>{escape(res["path"])}</code></a>'
            f" — {escape(_text(res, 'title', lang) or _text(res, 'description', lang))}</li>"
        )
    rows.append(f'<li><a href="{root}data/datapackage.json" download><code>datapackage.json</code></a>'
                f" — {escape(t(lang, 'data.package'))}</li>")
    return '<ul class="ict-downloads">\n' + "\n".join(rows) + "\n</ul>"


def dictionary(ds, lang, page) -> str:
    out = []
    for res in published()["resources"]:
        fields = res.get("schema", {}).get("fields", [])
        anchor = "dict-" + res["name"].replace("_", "-")
        out.append(f'<h3 id="{anchor}"><code>{escape(res["path"])}</code></h3>')
        desc = _text(res, "description", lang)
        if desc:
            out.append(f"<p>{escape(desc)}</p>")
        head = "<thead><tr>" + "".join(f'<th scope="col">{escape(t(lang, k))}</th>' for k in
                ("data.col.name", "data.col.type", "data.col.unit", "data.col.description")) + "</tr></thead>"
        rows = "".join(f'<tr><th scope="row"><code>{escape(f["name"])}</code></th><td>{escape(f.get("type", ""))}</td>'
                       f'<td>{escape(_text(f, "unit", lang))}</td><td>{escape(_text(f, "description", lang))}</td></tr>'
                       for f in fields)
        out.append(wrapped_table(f"{head}<tbody>{rows}</tbody>", label=res["path"]))
    return "\n".join(out)


def _with_unit(number: str, unit: str, lang: str) -> str:
    from ..data.schema import UNIT_TEXT
    ko, en = UNIT_TEXT.get(unit, (unit, unit))
    if lang == "ko":
        return f"{number}{ko}" if unit == "percent" else f"{number} {ko}" if ko else number
    return f"{number}%" if unit == "percent" else f"{number} {en}" if en else number


def ledger(ds, lang, page) -> str:
    with open(paths.DATA / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        claims = list(csv.DictReader(fh))
    head = "".join(f'<th scope="col">{escape(t(lang, k))}</th>' for k in
                   ("claims.col.claim", "claims.col.claimed", "claims.col.computed", "claims.col.status", "claims.col.note"))
    rows = []
    for c in claims:
        status = c["status"]
        lo, hi = c.get("computed_low", ""), c.get("computed_high", "")
        computed = f"{lo} – {hi}" if lo and hi and lo != hi else (lo or "—")
        rows.append(
            f'<tr id="claim-{escape(c["id"])}" class="ict-claim ict-claim--{escape(status)}">'
            f'<th scope="row">{escape(c["claim_" + lang])}</th>'
            f'<td>{escape(_with_unit(c["claimed"], c.get("unit", ""), lang))}</td><td>{escape(computed)}</td>'
            f'<td><span class="ict-status ict-status--{escape(status)}">{escape(t(lang, "claims.status." + status))}</span></td>'
            f'<td>{escape(c.get("note_" + lang) or c.get("note", ""))}</td></tr>'
        )
    return wrapped_table(f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody>",
                         labelledby="claims-ledger", wrapper_class="ict-ledger")
