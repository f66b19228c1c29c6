"""Template helpers and generated files that come from the other build stages (charts, data page).

The page generator only arranges; charts and the data page render themselves.
"""
from __future__ import annotations

from functools import partial
from typing import Callable

from ..charts import chart_html, find_chart, write_chart_assets
from . import cited, datapage, releasepages
from .embeds import write_embeds


def _chart(ds, lang, page, chart_id: str, *, site_url: str) -> str:
    try:
        find_chart(ds, chart_id)
    except KeyError:
        raise KeyError(f"page {page.path} ({lang}) asks for unknown chart {chart_id!r}") from None
    # The block carries the chart's toolbar (link, embed code where it has an embed page, CSV).
    return chart_html(ds, chart_id, lang, page.root(lang), site_url)


def page_helpers(site_url: str) -> dict[str, Callable]:
    """Functions a story template can call, each given (ds, lang, page, *args).

    `site_url` is the public root the build already read from mkdocs.yml (a chart's toolbar
    gives its public address and embed code).
    """
    return {
        "key_figures": releasepages.key_figures,
        "sections": releasepages.sections,
        "unknowns": releasepages.unknowns,
        "info": releasepages.info,
        "releases_list": releasepages.releases_list,
        "latest_release": releasepages.latest_card,
        "chart": partial(_chart, site_url=site_url),
        "downloads": datapage.downloads,
        "dictionary": datapage.dictionary,
        "ledger": datapage.ledger,
        "cited_fact": cited.cited_fact,
        "cited_info": cited.cited_info,
    }


def asset_writers(site_url: str) -> list[Callable]:
    return [write_chart_assets, partial(write_embeds, site_url=site_url)]
