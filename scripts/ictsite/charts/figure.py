"""BarChart model → Plotly figure, drawn with the same geometry as the static SVG.

Axes are hidden and every label is an annotation at the SVG's pixel positions, so when the
interactive chart replaces the static one nothing moves. Zoom and drag are off: on a phone a
chart must never trap the page's scroll.
"""
from __future__ import annotations

import plotly.graph_objects as go

from .model import (BAR, BAR_TOP, FONT_SIZE, LABEL_BASELINE, PAD_BOTTOM, PAD_TOP, ROW,
                    ZERO_OVERHANG, BarChart)
from .theme import FONT, LIGHT

# Where a row's bar centre sits below the row's top edge, in rows.
_CENTRE = (BAR_TOP + BAR / 2) / ROW


def to_figure(model: BarChart) -> go.Figure:
    n = len(model.rows)
    ys = list(range(n))
    traces = []
    if model.track:
        traces.append(go.Bar(
            orientation="h", y=ys, x=[model.xmax - model.xmin] * n, base=[model.xmin] * n,
            width=BAR / ROW, marker=dict(color=LIGHT["track"], line=dict(width=0)),
            hoverinfo="skip", showlegend=False, name="track"))
    for s_index, series in enumerate(model.series):
        points = [(i, row, seg) for i, row in enumerate(model.rows)
                  for seg in row.segments if seg.series == s_index]
        if not points:
            continue
        traces.append(go.Bar(
            orientation="h", name=series.name, showlegend=False,
            y=[i for i, _, _ in points],
            x=[seg.value for _, _, seg in points],
            base=[seg.start for _, _, seg in points],
            width=BAR / ROW,
            marker=dict(color=[LIGHT[model.colour(row, seg)] for _, row, seg in points],
                        line=dict(width=1, color=LIGHT["bg"])),
            hovertext=[seg.hover for _, _, seg in points],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    # Text sits above the bar: its bottom at the label baseline plus a little for descenders.
    lift = (BAR_TOP + BAR / 2) - LABEL_BASELINE - 4
    annotations = []
    for i, row in enumerate(model.rows):
        label = f"<b>{row.label}</b>" if row.strong else row.label
        common = dict(xref="paper", yref="y", y=i, yanchor="bottom", yshift=lift,
                      showarrow=False, borderpad=0, font=dict(size=FONT_SIZE))
        annotations.append(dict(common, x=0, xanchor="left", text=label,
                                font=dict(size=FONT_SIZE, color=LIGHT["text"])))
        if row.value_text:
            annotations.append(dict(common, x=1, xanchor="right", text=row.value_text,
                                    font=dict(size=FONT_SIZE, color=LIGHT["muted"])))
    # As in the SVG: a zero tick through each bar rather than a line across the labels.
    reach = (BAR / 2 + ZERO_OVERHANG) / ROW
    shapes = [dict(type="line", xref="x", yref="y", x0=0, x1=0, y0=i - reach, y1=i + reach,
                   line=dict(color=LIGHT["muted"], width=1), layer="above")
              for i in range(n)] if model.has_negative else []
    layout = go.Layout(
        template=go.layout.Template(),
        height=model.height, autosize=True,
        margin=dict(l=0, r=0, t=PAD_TOP, b=PAD_BOTTOM, pad=0),
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
        font=dict(family=FONT, size=FONT_SIZE, color=LIGHT["text"]),
        barmode="overlay", bargap=0, showlegend=False, dragmode=False, hovermode="closest",
        hoverlabel=dict(bgcolor=LIGHT["bg"], bordercolor=LIGHT["muted"],
                        font=dict(family=FONT, size=FONT_SIZE, color=LIGHT["text"])),
        xaxis=dict(range=[model.xmin, model.xmax], fixedrange=True, showgrid=False,
                   showticklabels=False, ticks="", showline=False,
                   zeroline=False),
        yaxis=dict(range=[n - _CENTRE, -_CENTRE], fixedrange=True, visible=False),
        annotations=annotations,
        shapes=shapes,
    )
    return go.Figure(data=traces, layout=layout)
