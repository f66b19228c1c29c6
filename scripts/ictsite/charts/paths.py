"""Where chart files live, as paths under docs/ and as URLs relative to a page.

docs/ko/X is served at /X and docs/en/X at /en/X (the path rule in ictsite.lang), and
hand-written assets in docs/assets/ at /assets/ for both languages.
"""
from __future__ import annotations

from ..lang import prefix

PLOTLY_VERSION = "4.1.1"  # must equal the plotly.js that plotly.py ships (tests check)
PLOTLY_BUNDLE = f"assets/vendor/plotly-bar-{PLOTLY_VERSION}.min.js"
CHART_DIR = "charts"      # generated, per language: docs/<lang>/charts/<chart-id>.{csv,svg,json}


def asset_url(root: str, lang: str, chart_id: str, ext: str) -> str:
    return f"{root}{prefix(lang)}{CHART_DIR}/{chart_id}.{ext}"


def plotly_url(root: str) -> str:
    return f"{root}{PLOTLY_BUNDLE}"
