"""Chart-only pages for iframes (/embed/<chart-id>/ and /en/embed/<chart-id>/); the toolbar that
links to them is charts/tools.py."""
from __future__ import annotations

from pathlib import Path

from .. import pages as P
from ..charts import CHARTS, chart_html
from ..charts.tools import EMBED_DIR, embed_path, story_page
from ..lang import LANGS, docs_dir, lang_path, t

def embed_markdown(ds, chart, lang: str, site_url: str) -> str:
    page = story_page(chart)
    block = chart_html(ds, chart.id, lang, P.root_of(lang_path(lang, embed_path(chart.id))), site_url)
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


def write_embeds(ds, stage: Path, *, site_url: str) -> int:
    count = 0
    for lang in LANGS:
        folder = docs_dir(stage, lang) / EMBED_DIR
        folder.mkdir(parents=True, exist_ok=True)
        for chart in CHARTS.values():
            (folder / f"{chart.id}.md").write_text(embed_markdown(ds, chart, lang, site_url),
                                                    encoding="utf-8", newline="\n")
            count += 1
    return count
