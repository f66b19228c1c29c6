"""Interactive charts, one per finding, in Korean and English.

The contract with the site generator:
  CHARTS              ordered chart_id → ChartSpec (.id .page .title .figure .table .describe)
  chart_html(...)     the HTML block for one chart in a page
  write_chart_assets  the generated CSV/SVG/JSON files under docs/<lang>/charts/
"""
from .assets import write_chart_assets
from .html import chart_html
from .specs import CHARTS, SME_SIZES, ChartSpec

__all__ = ["CHARTS", "ChartSpec", "SME_SIZES", "chart_html", "write_chart_assets"]
