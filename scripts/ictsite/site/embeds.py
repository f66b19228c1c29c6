"""Chart-only pages for iframes (/embed/<chart-id>/ and /en/embed/<chart-id>/) and the share menu
that offers each chart's permalink and iframe code on its story page."""
from __future__ import annotations

from html import escape
from pathlib import Path

from . import pages as P
from .strings import t

EMBED_DIR = "embed"
# The iframe's starting height in CSS px: a chart, its notes and the source line at phone width.
IFRAME_HEIGHT = 640


def story_page(chart) -> P.Page:
    return P.BY_SLUG["index" if chart.page == "overview" else chart.page]


def embed_path(chart_id: str) -> str:
    """Public path below the language root, e.g. /embed/chart-sme-share/."""
    return f"/{EMBED_DIR}/{chart_id}/"


def absolute(site_url: str, lang: str, path: str) -> str:
    return site_url + P.lang_path(lang, path).lstrip("/")


def iframe_code(site_url: str, lang: str, chart_id: str, title: str) -> str:
    src = absolute(site_url, lang, embed_path(chart_id))
    return (f'<iframe src="{src}" title="{escape(title)}" width="100%" height="{IFRAME_HEIGHT}" '
            f'loading="lazy" style="border:0"></iframe>')


def share_menu(ds, chart, lang: str, site_url: str) -> str:
    """A collapsed menu under the chart: its permalink, its embed page, and the iframe code to copy."""
    page = story_page(chart)
    permalink = absolute(site_url, lang, page.path) + f"#{chart.id}"
    embed = absolute(site_url, lang, embed_path(chart.id))
    return "\n".join([
        '<details class="ict-sharemenu" markdown="1">',
        f"<summary>{escape(t(lang, 'share.summary'))}</summary>",
        "",
        f"{t(lang, 'share.permalink')}: <{permalink}>",
        "",
        f"{t(lang, 'share.embed_page')}: <{embed}>",
        "",
        f"{t(lang, 'share.iframe')}:",
        "",
        "```html",
        iframe_code(site_url, lang, chart.id, chart.title(lang, ds)),
        "```",
        "",
        "</details>",
    ])


def embed_markdown(ds, chart, lang: str, chart_html) -> str:
    page = story_page(chart)
    block = chart_html(ds, chart.id, lang, P.root_of(P.lang_path(lang, embed_path(chart.id))))
    back = f"../{page.file}#{chart.id}"
    return "\n".join([
        "---",
        "template: embed.html",
        f"title: {chart.title(lang, ds)!r}",
        "search:",
        "  exclude: true",
        "---",
        "",
        block,
        "",
        # In an iframe the story should open in the reader's tab, not inside the frame.
        f'[{t(lang, "share.back")}]({back}){{target="_top"}}',
        "",
    ])


def write_embeds(ds, stage: Path) -> int:
    from ..charts import CHARTS, chart_html
    count = 0
    for lang in P.LANGS:
        folder = stage / lang / EMBED_DIR
        folder.mkdir(parents=True, exist_ok=True)
        for chart in CHARTS.values():
            (folder / f"{chart.id}.md").write_text(embed_markdown(ds, chart, lang, chart_html),
                                                    encoding="utf-8", newline="\n")
            count += 1
    return count
