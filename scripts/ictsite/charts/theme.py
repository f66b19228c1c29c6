"""Chart colours by role, for the light scheme.

Figures and static SVGs name colours by role; the dark values live only in charts.css (as
--ict-* custom properties under Material's slate scheme), and charts.js swaps a figure's light
colours for the computed custom properties, so one toggle recolours both renderings.
tests/charts/test_theme.py holds charts.css's light values to this table.
"""
from __future__ import annotations

# Series colours, in legend order: distinct in hue and lightness so stacked neighbours separate
# for colour-blind readers too, and each ≥ 3:1 against the page (WCAG 1.4.11).
SERIES = ("c1", "c2", "c3", "c4", "c5", "c6")

LIGHT: dict[str, str] = {
    "c1": "#1f5fa6",  # blue
    "c2": "#c05a1c",  # orange
    "c3": "#2e8056",  # green
    "c4": "#8b4fa3",  # purple
    "c5": "#8a6d1f",  # ochre
    "c6": "#5f6b78",  # slate grey
    "pos": "#267a4e",
    "neg": "#b8322a",
    "track": "#e8eaed",
    "text": "#1f2328",
    "muted": "#57606a",
    "bg": "#ffffff",      # the page background: gaps between stacked segments, hover boxes
}


def css_var(role: str) -> str:
    return f"--ict-{role}"

# System fonts only (nothing fetched); Hangul falls through to the platform's Korean face.
FONT = ("system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Apple SD Gothic Neo', "
        "'Malgun Gothic', NanumGothic, 'Nanum Gothic', sans-serif")
