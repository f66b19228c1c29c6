"""/policy/: which evidence each of the article's five policy directions rests on.

One bar per direction, in the article's order: the ledger claims the page sets beside it
(data/policy_evidence.csv, our editorial pairing, not the article's: its directions cite no
figures; checked against claims_spec.csv), split by what the ledger found when it rechecked them
(data/claims.csv). A claim that agrees with the tables but whose recomputation also uses a figure
from the article's text (prose_facts.csv) counts as only partly checked. Everything shown is
counted from those two files; nothing here is typed by hand but the words.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import fmt
from ..data import Dataset
from ..data.schema import POLICY_DIRECTIONS
from ..lang import t
from .model import BarChart, Row, Segment, Series
from .specs import TEXT, Built, join, table_frame

CHART_ID = "chart-policy-evidence"
PAGE = "/policy/"
COUNT = "count"  # the bars count claims
# Ledger statuses grouped by what they tell a reader, in the order the bars stack. "agrees" and
# "partly" share their statuses: which one a claim falls in depends on what it was checked against.
GROUPS = (("agrees", ("exact", "rounding"), "c1"),
          ("partly", ("exact", "rounding"), "c3"),
          ("disagrees", ("inconsistent",), "c2"),
          ("external", ("external",), "c6"))
# The file of figures from the article's text, as claims.csv's checked_against names it.
TEXT_FIGURES = "prose_facts.csv"
# Bar labels by count: none and one have their own strings; any other count uses "value".
VALUE_KEY = {0: "value_none", 1: "value_one"}


def group_of(status: str, checked_against: str) -> str:
    """The chart group of a ledger row: its status, and for a claim that agrees with the tables,
    whether its recomputation also drew on a figure from the article's text."""
    files = {part.split(":", 1)[0].strip() for part in checked_against.split(";")}
    group = next(g for g, statuses, _ in GROUPS if status in statuses)
    return "partly" if group == "agrees" and TEXT_FIGURES in files else group


@dataclass(frozen=True)
class PolicyChart:
    id: str = CHART_ID
    page: str = PAGE

    def title(self, lang: str, ds=None) -> str:
        return t(lang, f"{CHART_ID}.title")

    def built(self, ds, lang: str) -> Built:
        fmt.check_lang(lang)
        return evidence_chart(ds, lang)


def evidence_counts(ds: Dataset) -> dict[str, dict[str, int]]:
    """direction -> group -> number of claims, from policy_evidence.csv and the ledger."""
    group = {c.id: group_of(c.status, c.checked_against) for c in ds.claims.itertuples(index=False)}
    counts = {d: {g: 0 for g, _, _ in GROUPS} for d in POLICY_DIRECTIONS}
    for rec in ds.evidence.itertuples(index=False):
        counts[rec.direction][group[rec.claim]] += 1
    return counts


def evidence_chart(ds: Dataset, lang: str) -> Built:
    counts = evidence_counts(ds)
    series = tuple(Series(g, t(lang, f"{CHART_ID}.group.{g}"), colour) for g, _, colour in GROUPS)
    rows, table_rows, items = [], [], []
    for d in POLICY_DIRECTIONS:
        name = t(lang, f"{CHART_ID}.direction.{d}")
        c = counts[d]
        total = sum(c.values())
        parts = [t(lang, f"{CHART_ID}.part", n=c[g], group=t(lang, f"{CHART_ID}.group.{g}"))
                 for g, _, _ in GROUPS if c[g]]
        # The value's words: "1 claim", "2 claims", and for a direction with none, that there is none.
        text = t(lang, f"{CHART_ID}.{VALUE_KEY.get(total, 'value')}", n=total)
        segments, x = [], 0.0
        for i, (g, _, _) in enumerate(GROUPS):
            if c[g]:
                hover = t(lang, "ui.hover_pair", row=name, series=series[i].name, value=str(c[g]))
                segments.append(Segment(i, x, x + c[g], hover))
                x += c[g]
        rows.append(Row(d, name, text, tuple(segments)))
        table_rows.append([name, *(c[g] for g, _, _ in GROUPS), total])
        items.append(t(lang, f"{CHART_ID}.item", name=name, value=text, parts=join(parts, lang)) if total
                     else t(lang, f"{CHART_ID}.item_none", name=name, value=text))
    columns = [(t(lang, f"{CHART_ID}.col_direction"), TEXT),
               *((t(lang, f"{CHART_ID}.group.{g}"), COUNT) for g, _, _ in GROUPS),
               (t(lang, "ui.col_total"), COUNT)]
    xmax = max(sum(c.values()) for c in counts.values())
    model = BarChart(tuple(rows), series, 0.0, float(xmax))
    totals = {g: sum(c[g] for c in counts.values()) for g, _, _ in GROUPS}
    words = dict(claims=len(ds.evidence), agrees=totals["agrees"], partly=totals["partly"],
                 disagrees=totals["disagrees"], external=totals["external"], items=t(lang, f"{CHART_ID}.item_sep").join(items))
    return Built(model, table_frame(columns, table_rows), t(lang, f"{CHART_ID}.subtitle", **words),
                 t(lang, f"{CHART_ID}.describe", **words), COUNT,
                 source=t(lang, f"{CHART_ID}.source"))


POLICY_CHARTS = (PolicyChart(),)
