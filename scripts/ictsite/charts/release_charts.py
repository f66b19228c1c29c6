"""Charts of a release's breakdowns, on its page (/releases/<slug>/).

A release chart shows what the release published: named categories by value (or by printed share
where it gives shares only), and what it leaves unnamed as one remainder bar labelled with its
rounding range. Chart ids carry the release's slug, so every release keeps its own charts and files.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import fmt
from ..data import Dataset
from ..data import releases as R
from ..data.schema import ARTICLE_RELEASE
from ..lang import t
from .model import BarChart, Row, Segment, Series
from .specs import MONEY, PERCENT, PERCENT_WHOLE, TEXT, Built, amount, join, table_frame
from ..quantity import approx_money, money_range
from .words import cited_title, date_text, inline_label, listing, period_label

SLUG_OF_DIMENSION = {"industry": "industry", "trade_type": "trade-type", "region": "region",
                     "firm_type": "firm-type"}


@dataclass(frozen=True)
class ReleaseChart:
    id: str
    page: str          # the public path of the page it sits on, e.g. /releases/2025-h1/
    release: str       # release id
    dimension: str
    build: Callable[[Dataset, str], Built]

    def title(self, lang: str, ds: Dataset) -> str:
        v = R.view(ds, self.release)
        return t(lang, "release.title", period=period_label(v.period, lang),
                 dimension=t(lang, f"release.dimension.{self.dimension}"))

    def built(self, ds: Dataset, lang: str) -> Built:
        fmt.check_lang(lang)
        return self.build(ds, lang)


def release_charts(ds: Dataset) -> tuple[ReleaseChart, ...]:
    """Every release's charts but the article's; computed once per dataset."""
    return ds.memo("charts.release_charts", lambda: tuple(_release_charts(ds)))


def _release_charts(ds: Dataset) -> list[ReleaseChart]:
    out = []
    for v in R.release_views(ds):
        if v.id == ARTICLE_RELEASE:
            continue  # the story pages are its pages
        for dim in R.BREAKDOWNS:
            if R.breakdown(ds, v, dim):
                out.append(ReleaseChart(f"chart-{v.slug}-by-{SLUG_OF_DIMENSION[dim]}",
                                        f"/releases/{v.slug}/", v.id, dim,
                                        _builder(v.id, dim)))
    return out


def _builder(release_id: str, dim: str) -> Callable[[Dataset, str], Built]:
    return lambda ds, lang: breakdown_chart(ds, lang, R.view(ds, release_id), dim)


def breakdown_chart(ds: Dataset, lang: str, v: R.ReleaseView, dim: str) -> Built:
    parts = R.breakdown(ds, v, dim)
    by_value = all(p.value for p in parts if p.status != "not_published")
    named = [p for p in parts if p.status == "published"]
    named.sort(key=lambda p: -(p.value.point if by_value else p.share.point))
    rest = [p for p in parts if p.status == "remainder"]
    missing = [p for p in parts if p.status == "not_published"]
    label = lambda code: ds.label(dim, code, lang)  # noqa: E731
    rows, table_rows, items = [], [], []
    for p in named:
        share_text = fmt.percent(float(p.share.point) * 100, lang, 0) if p.share else ""
        if by_value:
            x, shown = amount(float(p.value.shown), lang), fmt.money(float(p.value.shown), lang)
            text = t(lang, "ui.value_share", money=shown, share=share_text) if share_text else shown
            table_rows.append([label(p.code), x, float(p.share.point) * 100 if p.share else None])
        else:
            x = float(p.share.point) * 100
            text = share_text
            table_rows.append([label(p.code), x])
        rows.append(Row(p.code, label(p.code), text,
                        (Segment(0, 0.0, x, t(lang, "ui.hover_single", row=label(p.code), value=text)),)))
        # In a sentence: "game software USD 2.84 billion (44%)"; the bar keeps its compact "·".
        said = t(lang, "ui.value_share_said", money=shown, share=share_text) if by_value and share_text else text
        items.append(t(lang, "ui.item_pair", name=inline_label(ds, dim, p.code, lang), value=said))
    for p in rest:
        names = listing([inline_label(ds, dim, m.code, lang) for m in missing], lang)
        name = t(lang, "release.remainder", names=names)
        text = approx_money(p.value, lang)
        # On the bar, a short label and value (a phone has no room); the full ones in text and table.
        short = t(lang, "release.about_short", value=fmt.money(float(p.value.shown), lang))
        x = amount(float(p.value.shown), lang)
        rows.append(Row("remainder", t(lang, "release.remainder_short"), short,
                        (Segment(0, 0.0, x, t(lang, "ui.hover_single", row=name, value=text)),), color="c2"))
        # The table's value cell holds the amount; the label adds only its range (no value twice).
        table_rows.append([t(lang, "release.remainder_range", name=name, range=money_range(p.value, lang)), x, None])
        items.append(t(lang, "ui.item_pair", name=t(lang, "release.remainder_said", names=names), value=text))
    xmax = max(r.segments[0].end for r in rows)
    unit = MONEY if by_value else PERCENT
    model = BarChart(tuple(rows), (Series("exports", t(lang, "balance.exports"), "c1"),), 0.0,
                     100.0 if unit == PERCENT else xmax, legend=False, track=unit == PERCENT)
    heading = t(lang, f"release.dimension.{dim}")
    columns = [(heading[:1].upper() + heading[1:], TEXT)]
    if by_value:
        columns += [(t(lang, "ui.money_col", name=t(lang, "balance.exports")), MONEY)]
    columns += [(t(lang, "release.col_share"), PERCENT_WHOLE)]
    whole = R.total(ds, v, "exports")
    words = dict(period=period_label(v.period, lang), total=fmt.money(float(whole.shown), lang),
                 dimension=t(lang, f"release.dimension.{dim}"), items=join(items, lang),
                 top=inline_label(ds, dim, named[0].code, lang))
    # "Largest" only where rounding cannot reverse it: the top two printed figures' ranges must not meet.
    measure = (lambda p: p.value) if by_value else (lambda p: p.share)  # noqa: E731
    tied = len(named) > 1 and measure(named[0]).interval.overlaps(measure(named[1]).interval)
    if tied:
        words["top"] = join([inline_label(ds, dim, p.code, lang) for p in named[:2]], lang)
    key = "release.describe" if by_value else "release.describe_shares"
    date = v.row["published"]
    source = t(lang, "release.source" if date else "release.source_nodate", publisher=v.text("publisher", lang),
               title=cited_title(v, lang), date=date_text(date, lang) if date else "")
    return Built(model, table_frame(columns, table_rows),
                 t(lang, "release.subtitle_tie" if tied else "release.subtitle", **words),
                 t(lang, key, **words), unit, source=source)
