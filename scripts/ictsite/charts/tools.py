"""The toolbar under every chart (its link, its CSV and, where it has a chart-only page, its
iframe code) and the addresses it offers. Here in charts, beside chart_html that places it, so
the charts package needs nothing from the page generator (site/embeds.py writes the embed pages)."""
from __future__ import annotations

from html import escape

from .. import pages as P
from ..lang import lang_path, t
from .registry import find_chart
from .specs import CHARTS

EMBED_DIR = "embed"
# The iframe's starting height in CSS px: a chart, its notes and the source line at phone width.
IFRAME_HEIGHT = 640


def story_page(chart) -> P.Page:
    return P.BY_SLUG["index" if chart.page == "overview" else chart.page]


def embed_path(chart_id: str) -> str:
    """Public path below the language root, e.g. /embed/chart-sme-share/."""
    return f"/{EMBED_DIR}/{chart_id}/"


def absolute(site_url: str, lang: str, path: str) -> str:
    return site_url + lang_path(lang, path).lstrip("/")


def iframe_code(site_url: str, lang: str, chart_id: str, title: str) -> str:
    src = absolute(site_url, lang, embed_path(chart_id))
    return (f'<iframe src="{src}" title="{escape(title)}" width="100%" height="{IFRAME_HEIGHT}" '
            f'loading="lazy" style="border:0"></iframe>')


def chart_page_path(ds, chart_id: str) -> tuple[str, bool]:
    """The public path (below the language root) of the page a chart sits on, and whether the chart
    has an embed page: the story's charts (CHARTS) do; the /policy/ chart and a release's charts,
    whose `page` is already a public path, live on their page only."""
    if chart_id in CHARTS:
        return story_page(CHARTS[chart_id]).path, True
    return find_chart(ds, chart_id).page, False


def chart_tools(ds, chart_id: str, lang: str, root: str, title: str, csv_url: str, site_url: str) -> str:
    """One compact toolbar per chart: a link to the chart, its embed code, its CSV.

    Without JavaScript the link goes to the chart's anchor, the CSV downloads, and the embed
    disclosure (a <details>) shows the iframe code to select. cite.js adds copying: the link copies
    the chart's public address, the copy button the code. Every part is in the HTML from the first
    paint (the copy button's space is inside the closed disclosure), so nothing moves when the
    script runs. One line per part and no blank line: chart_html's block stays raw HTML.
    """
    path, embeddable = chart_page_path(ds, chart_id)
    cid = escape(chart_id, quote=True)
    permalink = absolute(site_url, lang, path) + f"#{chart_id}"
    data = {"url": permalink, "copied-link": t(lang, "tools.copied_link"),
            "copied-code": t(lang, "tools.copied_code"), "copy-failed": t(lang, "cite.copy_failed")}
    attrs = " ".join(f'data-ict-{k}="{escape(v, quote=True)}"' for k, v in data.items())
    parts = [
        f'<div class="ict-tools" role="group" aria-label="{escape(t(lang, "tools.label", title=title), quote=True)}" {attrs}>',
        f'<a class="ict-tools__item ict-tools__link" href="#{cid}" '
        f'aria-label="{escape(t(lang, "tools.link_name"), quote=True)}">'
        f'<span class="ict-tools__icon" aria-hidden="true">#</span>{escape(t(lang, "tools.link"))}</a>',
        f'<a class="ict-tools__item ict-chart__csv" href="{escape(csv_url, quote=True)}" '
        f'download="{cid}-{lang}.csv" aria-label="{escape(t(lang, "tools.csv_name"), quote=True)}">'
        f'<span class="ict-tools__icon" aria-hidden="true">↓</span>CSV</a>',
    ]
    if embeddable:
        page = root + P.lang_path(lang, embed_path(chart_id)).lstrip("/")
        parts += [
            f'<details class="ict-tools__embed"><summary class="ict-tools__item">'
            f'<span class="ict-tools__icon" aria-hidden="true">&lt;/&gt;</span>{escape(t(lang, "tools.embed"))}</summary>',
            '<div class="ict-tools__panel">',
            f'<p class="ict-tools__label" id="ict-{cid}-embed-label">{escape(t(lang, "share.iframe"))}</p>',
            f'<pre class="ict-tools__code" id="ict-{cid}-embed-code">'
            # No <code> inside: Material would give a pre > code its own copy button as well.
            f"{escape(iframe_code(site_url, lang, chart_id, title))}</pre>",
            f'<p class="ict-tools__actions"><button type="button" class="ict-tools__copy" '
            f'data-ict-copy-code="ict-{cid}-embed-code">{escape(t(lang, "tools.copy_code"))}</button> '
            f'<a href="{escape(page, quote=True)}">{escape(t(lang, "share.embed_page"))}</a></p>',
            "</div></details>",
        ]
    parts.append("</div>")
    return "\n".join(parts)
