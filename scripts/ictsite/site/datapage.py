"""The /data/ page's generated parts: download list, data dictionary, claims ledger."""
from __future__ import annotations

from html import escape

from ..lang import t
from ..quantity import beside_claim, widened
from .scrollwrap import wrapped_table


def _text(obj: dict, key: str, lang: str) -> str:
    """A bilingual metadata text: `key` holds Korean, `key_en` English, unless a dict {ko, en}."""
    value = obj.get(f"{key}_{lang}") or obj.get(key, "")
    if isinstance(value, dict):
        value = value.get(lang, "")
    return str(value)


def downloads(ds, lang, page) -> str:
    root = page.root(lang)
    rows = []
    for res in ds.package["resources"]:
        rows.append(
            f'<li><a href="{root}data/{escape(res["path"])}" download><code>{escape(res["path"])}</code></a>'
            f" — {escape(_text(res, 'title', lang) or _text(res, 'description', lang))}</li>"
        )
    rows.append(f'<li><a href="{root}data/datapackage.json" download><code>datapackage.json</code></a>'
                f" — {escape(t(lang, 'data.package'))}</li>")
    return '<ul class="ict-downloads">\n' + "\n".join(rows) + "\n</ul>"


def dictionary(ds, lang, page) -> str:
    out = []
    for res in ds.package["resources"]:
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


def claimed_text(value: str, unit: str, lang: str, high: str = "") -> str:
    """A ledger figure (or a low-high range) in the reader's language, as the site prints amounts:
    111.5억 달러 / USD 11.15 billion, 3,000개 기업 / 3,000 firms, 100만 달러 / USD 1 million."""
    from decimal import Decimal
    from .. import fmt
    from ..data.schema import UNIT_TEXT

    def plain(v: str) -> str:
        # The digits as written: "29.30" (a widened range end) keeps its zero beside "29.17".
        d = Decimal(v)
        places = max(-d.as_tuple().exponent, 0)
        return fmt.number(d, places)

    def dollars(v: str) -> str:
        d = Decimal(v)
        return fmt.number(d / 10**4, 0) if lang == "ko" else fmt.number(d / 10**6, 0)

    sep = "–"
    if unit == "100m_usd":
        if lang == "ko":
            return f"{plain(value)}{sep}{plain(high)}억 달러" if high else f"{plain(value)}억 달러"
        return _usd(value, high)
    if unit == "usd":
        unit_ko, unit_en = "만 달러", " million"
        num = f"{dollars(value)}{sep}{dollars(high)}" if high else dollars(value)
        return f"{num}{unit_ko}" if lang == "ko" else f"USD {num}{unit_en}"
    num = f"{plain(value)}{sep}{plain(high)}" if high else plain(value)
    if unit == "percent":
        return f"{num}%"
    ko, en = UNIT_TEXT.get(unit, ("", ""))
    if lang == "ko":
        return f"{num}{ko}" if ko else num
    return f"{num} {en}" if en else num


def _usd(value: str, high: str = "") -> str:
    """억 달러 in English at the precision printed: USD 5.6 billion, USD 90–110 million."""
    from decimal import Decimal
    from .. import fmt

    def part(v: str) -> tuple[str, str]:
        d = Decimal(v)
        if abs(d) < 10:
            return fmt.number(d * 100, 0), "million"
        places = max(-d.as_tuple().exponent, 0)
        return fmt.number(d / 10, places + 1), "billion"

    lo, unit = part(value)
    if not high:
        return f"USD {lo} {unit}"
    hi, unit_hi = part(high)
    return f"USD {lo}–{hi} {unit}" if unit == unit_hi else f"USD {lo} {unit} – USD {hi} {unit_hi}"


def _widened(lo: str, hi: str, claimed: str) -> tuple[str, str]:
    """What the tables allow, to one decimal more than the claim printed, widened outwards: enough
    to show whether the claim falls inside, without the ledger's working digits (44.1506)."""
    if not (lo and hi) or lo == hi:
        return lo, hi
    return tuple(str(x) for x in widened(lo, hi, beside_claim(claimed)))


def ledger(ds, lang, page) -> str:
    """The claims ledger from the dataset, each figure as data/claims.csv prints it."""
    claims = ds.claims.to_dict("records")
    head = "".join(f'<th scope="col">{escape(t(lang, k))}</th>' for k in
                   ("claims.col.claim", "claims.col.claimed", "claims.col.computed", "claims.col.status", "claims.col.note"))
    rows = []
    for c in claims:
        status = c["status"]
        lo, hi = _widened(c.get("computed_low", ""), c.get("computed_high", ""), c["claimed"])
        unit = c.get("unit", "")
        computed = (claimed_text(lo, unit, lang, hi) if lo and hi and lo != hi
                    else claimed_text(lo, unit, lang) if lo else "—")
        rows.append(
            f'<tr id="claim-{escape(c["id"])}" class="ict-claim ict-claim--{escape(status)}">'
            f'<th scope="row">{escape(c["claim_" + lang])}</th>'
            f'<td>{escape(claimed_text(c["claimed"], unit, lang))}</td><td>{escape(computed)}</td>'
            f'<td><span class="ict-status ict-status--{escape(status)}">{escape(t(lang, "claims.status." + status))}</span></td>'
            f'<td>{escape(c.get("note_" + lang) or c.get("note", ""))}</td></tr>'
        )
    return wrapped_table(f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody>",
                         labelledby="claims-ledger", wrapper_class="ict-ledger")
