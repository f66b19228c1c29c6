"""Interactive charts, one per finding, in Korean and English.

The contract with the site generator:
  CHARTS              ordered chart_id → ChartSpec (.id .page .title .figure .table .describe)
  all_charts(ds)      CHARTS plus each release's charts (release_charts.py), from the data
  chart_html(...)     the HTML block for one chart in a page
  write_chart_assets  the generated CSV/SVG/JSON files under docs/<lang>/charts/
"""
from .assets import write_chart_assets
from .html import chart_html
from .registry import all_charts, find_chart
from .specs import CHARTS, SME_SIZES, ChartSpec

__all__ = ["CHARTS", "ChartSpec", "SME_SIZES", "all_charts", "chart_html", "find_chart",
           "write_chart_assets"]
