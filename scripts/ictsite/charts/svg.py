"""BarChart model → static SVG, in pure Python: no browser at build time, byte-stable output.

Horizontal positions are percentages of the SVG's own width and vertical ones are pixels, so a
single drawing fits any width from a 360 px phone to a desktop column without scaling its text.
The inline variant (inside a page) takes its colours from charts.css by class, so it follows the
theme toggle and prints in the light palette; the standalone file carries its own <style>.
"""
from __future__ import annotations

from html import escape

from .model import BAR, BAR_TOP, FONT_SIZE, LABEL_BASELINE, PAD_TOP, ROW, ZERO_OVERHANG, BarChart
from .theme import FONT, LIGHT

STANDALONE_WIDTH = 720


def _num(x: float) -> str:
    """Shortest stable text for a coordinate: 3 decimals at most, no trailing zeros."""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _body(model: BarChart) -> list[str]:
    out: list[str] = []
    left0 = model.pct(max(model.xmin, 0.0)) if model.xmin < 0 else 0.0
    for i, row in enumerate(model.rows):
        top = PAD_TOP + i * ROW
        cls = "ict-lbl ict-strong" if row.strong else "ict-lbl"
        out.append(f'<text class="{cls}" x="0" y="{top + LABEL_BASELINE}">{escape(row.label)}</text>')
        if row.value_text:
            out.append(f'<text class="ict-val" x="100%" y="{top + LABEL_BASELINE}" '
                       f'text-anchor="end">{escape(row.value_text)}</text>')
        if model.track:
            out.append(f'<rect class="ict-f-track" x="0" y="{top + BAR_TOP}" width="100%" '
                       f'height="{BAR}"/>')
        for seg in row.segments:
            a, b = sorted((model.pct(seg.start), model.pct(seg.end)))
            if b - a <= 0:
                continue
            out.append(f'<rect class="ict-f-{model.colour(row, seg)}" x="{_num(a)}%" '
                       f'y="{top + BAR_TOP}" width="{_num(b - a)}%" height="{BAR}"/>')
    if model.has_negative:
        # A zero tick through each bar, not the whole height: a full line would cross the labels.
        for i in range(len(model.rows)):
            top = PAD_TOP + i * ROW + BAR_TOP - ZERO_OVERHANG
            out.append(f'<line class="ict-zero" x1="{_num(left0)}%" x2="{_num(left0)}%" '
                       f'y1="{top}" y2="{top + BAR + 2 * ZERO_OVERHANG}"/>')
    return out


def inline_svg(model: BarChart, labelledby: str, describedby: str) -> str:
    """The drawing placed in the page: classes only, coloured by charts.css."""
    return "".join([
        f'<svg class="ict-svg" width="100%" height="{model.height}" role="img" '
        f'aria-labelledby="{escape(labelledby)}" aria-describedby="{escape(describedby)}" '
        'focusable="false">',
        *_body(model),
        "</svg>",
    ])


def _style() -> str:
    rules = [f"text{{font-family:{FONT};font-size:{FONT_SIZE}px;fill:{LIGHT['text']}}}",
             f".ict-val{{fill:{LIGHT['muted']}}}", ".ict-strong{font-weight:700}",
             f".ict-zero{{stroke:{LIGHT['muted']};stroke-width:1}}"]
    rules += [f".ict-f-{role}{{fill:{colour}}}" for role, colour in LIGHT.items()]
    return "".join(rules)


def standalone_svg(model: BarChart, title: str, description: str, lang: str) -> str:
    """A self-contained file (light palette, fixed width) for downloads, embeds and print."""
    return "".join([
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{STANDALONE_WIDTH}" '
        f'height="{model.height}" viewBox="0 0 {STANDALONE_WIDTH} {model.height}" '
        f'xml:lang="{lang}" role="img">',
        f"<title>{escape(title)}</title><desc>{escape(description)}</desc>",
        f"<style>{_style()}</style>",
        *_body(model),
        "</svg>\n",
    ])
