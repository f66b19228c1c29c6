"""The story's charts: what each one shows, computed from the dataset in one language.

Each builder returns a `Built`: the bar model both renderers draw, the table of exactly the
numbers the chart shows (for the <details> table and the CSV), a subtitle and a text description.
Every number passes through ictsite.fmt: a plotted value is the number fmt rounds to the shown
precision, and the text is formatted from that same number, so the chart, its hover text, its
table, its CSV and the prose cannot disagree by a rounding. A builder is a pure function of the
validated Dataset and the language.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

import pandas as pd

from .. import fmt
from ..data import Dataset
from ..data import releases as R
from ..lang import t
from ..quantity import approx_money, format_quantity, row_of_shares, share_shown, share_text, shown
from .model import BarChart, Row, Segment, Series
from .theme import SERIES
from .words import inline_label, period_label

# Column formats for a table DataFrame, kept in df.attrs so renderers need no other context.
MONEY, PERCENT, TEXT = "money", "percent", "text"
PERCENT_WHOLE = "percent_whole"  # a share a release printed as a whole percent: shown as printed

# The article's SME count (중기업 21.4% + 소기업 5.3% = 26.7%): medium and small enterprises.
# 소상공인 (micro) and 개인 및 기타 are listed separately in 표 2 and the article leaves them out.
SME_SIZES = ("medium", "small")


@dataclass(frozen=True)
class Built:
    model: BarChart
    table: pd.DataFrame
    subtitle: str
    description: str
    unit: str            # MONEY or PERCENT: what the bars measure
    prose_imports: bool = False
    source: str = ""     # the source line, where it is not the article (a release's charts)


# --- numbers, always through fmt -------------------------------------------------------------

def amount(value_eok: float, lang: str) -> float:
    """The value in the language's unit, the number fmt prints (111.5 / 11.15)."""
    return float(fmt.money_value(value_eok, lang))


def share(part: float, whole: float, lang: str) -> float:
    """part/whole in percent, the number fmt prints."""
    fmt.check_lang(lang)
    return float(fmt.share_value(part, whole))


def dec_sum(*values: float) -> float:
    # Decimal on the printed digits: 23.9 + 5.9 is 29.8, not 29.799999999999997.
    return float(sum((Decimal(str(v)) for v in values), Decimal(0)))


def dec_sub(a: float, b: float) -> float:
    return float(Decimal(str(a)) - Decimal(str(b)))


def share_words(ds, part: float, whole: float, lang: str, cells: int = 1,
                cell: tuple[str, str, str] | None = None) -> str:
    """A share in a chart's words (hover, description): one decimal only where the printed cells
    carry it, else the table's printed share or a whole percent, as in the prose; chart tables and
    CSV files print shares by the same rule (quantity.share_shown, quantity.row_of_shares)."""
    return share_text(ds, part, whole, lang, cells, cell)


def join(items: list[str], lang: str) -> str:
    return t(lang, "ui.list_sep").join(items)


def categories(ds: Dataset, dimension: str) -> list[str]:
    """A dimension's category codes in data/labels.csv order, without the total."""
    lab = ds.labels
    return [c for c in lab[lab.dimension == dimension].code if c != "total"]


def industries_by_size(ds: Dataset) -> list[str]:
    """Industries, largest exports first (ties by code, so the order is stable)."""
    codes = categories(ds, "industry")
    return sorted(codes, key=lambda c: (-ds.value("trade_type", c, "total"), c))


def total_exports(ds: Dataset, industry: str = "total") -> float:
    return ds.value("trade_type", industry, "total")


def table_frame(columns: list[tuple[str, str]], rows: list[list]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=[name for name, _ in columns])
    df.attrs["formats"] = {name: kind for name, kind in columns}
    return df


# --- builders --------------------------------------------------------------------------------

def _balance(ds: Dataset, lang: str, chart_id: str, exports_eok: float, imports_eok: float,
             surplus_suffix: str, deficit_suffix: str) -> Built:
    balance_eok = dec_sub(exports_eok, imports_eok)
    items = [("exports", exports_eok, "c1"), ("imports", imports_eok, "c2"),
             ("balance", balance_eok, "pos" if balance_eok >= 0 else "neg")]
    series = (Series("value", t(lang, "ui.col_value"), "c1"),)
    rows = []
    for code, v, colour in items:
        label = t(lang, f"balance.{code}")
        x = amount(v, lang)
        hover = t(lang, "ui.hover_single", row=label, value=fmt.money(v, lang))
        rows.append(Row(code, label, fmt.money(v, lang), (Segment(0, 0.0, x, hover),),
                        color=colour))
    xs = [amount(v, lang) for _, v, _ in items]
    model = BarChart(tuple(rows), series, xmin=min(0.0, *xs), xmax=max(xs), legend=False)
    value_col = t(lang, "ui.money_col", name=t(lang, "ui.col_value"))
    table = table_frame([(t(lang, "ui.col_item"), TEXT), (value_col, MONEY)],
                        [[r.label, x] for r, x in zip(rows, xs)])
    words = dict(year=ds.year, exports=fmt.money(exports_eok, lang),
                 imports=fmt.money(imports_eok, lang), balance_abs=fmt.money(abs(balance_eok), lang))
    suffix = surplus_suffix if balance_eok >= 0 else deficit_suffix
    return Built(model, table, t(lang, f"{chart_id}.subtitle{suffix}", **words),
                 t(lang, f"{chart_id}.describe{suffix}", **words), MONEY, prose_imports=True)


def trade_balance(ds: Dataset, lang: str) -> Built:
    return _balance(ds, lang, "chart-trade-balance", total_exports(ds), ds.fact("imports_total"),
                    "", "_deficit")


def north_america_balance(ds: Dataset, lang: str) -> Built:
    return _balance(ds, lang, "chart-north-america-balance",
                    ds.value("region", "total", "north_america"), ds.fact("north_america_imports"),
                    "_surplus", "")


def leap(ds: Dataset, lang: str) -> Built:
    """The article's year against the year before: 2023 derived from its growth rates, with range."""
    v = R.article(ds)
    before_period = R.year_before(v.period)
    rows, table_rows, words = [], [], {"year": ds.year, "prev": period_label(before_period, lang)}
    for flow in ("exports", "imports", "balance"):
        name = t(lang, f"balance.{flow}")
        for period, a, colour in ((before_period, R.previous(ds, v, flow), "c2"),
                                  (v.period, R.total(ds, v, flow), "c1")):
            derived = period != v.period
            label = t(lang, "chart-leap.row_derived" if derived else "chart-leap.row", name=name,
                      period=period_label(period, lang))
            value = float(a.shown)
            text = approx_money(a, lang) if derived else fmt.money(value, lang)
            # The bar's own line is short enough for a phone; the range is in hover, text and table.
            short = t(lang, "release.about_short", value=fmt.money(value, lang)) if derived else text
            x = amount(value, lang)
            rows.append(Row(f"{flow}-{period}", label, short,
                            (Segment(0, 0.0, x, t(lang, "ui.hover_single", row=label, value=text)),),
                            color=colour))
            lo, hi = (amount(float(e), lang) for e in R.rnd.outward(a.interval, 1)) if derived else (x, x)
            table_rows.append([label, x, lo, hi])
            words[f"{flow}{'_prev' if derived else ''}"] = text
    now_b, prev_b = R.total(ds, v, "balance"), R.previous(ds, v, "balance")
    ratio = R.rnd.Interval(now_b.interval.lo / prev_b.interval.hi, now_b.interval.hi / prev_b.interval.lo)
    words["ratio"] = fmt.number(float(now_b.point / prev_b.point), 1)
    words["ratio_range"] = f"{fmt.number(float(ratio.lo), 2)}–{fmt.number(float(ratio.hi), 2)}"
    xs = [r.segments[0].end for r in rows]
    model = BarChart(tuple(rows), (Series("value", t(lang, "ui.col_value"), "c1"),),
                     min(0.0, *xs), max(xs), legend=False)
    value_col = t(lang, "ui.money_col", name=t(lang, "ui.col_value"))
    table = table_frame([(t(lang, "ui.col_item"), TEXT), (value_col, MONEY),
                         (t(lang, "ui.money_col", name=t(lang, "chart-leap.col_low")), MONEY),
                         (t(lang, "ui.money_col", name=t(lang, "chart-leap.col_high")), MONEY)],
                        table_rows)
    return Built(model, table, t(lang, "chart-leap.subtitle", **words),
                 t(lang, "chart-leap.describe", **words), MONEY, prose_imports=True)


def _bars(ds: Dataset, lang: str, chart_id: str, dimension: str, entries: list[tuple[str, str, float]],
          total: float, first_column: str) -> Built:
    """One bar per (code, label, value in 억 달러): its value and its share of `total`."""
    series = (Series("exports", t(lang, "balance.exports"), "c1"),)
    rows, table_rows, items = [], [], []
    for code, label, v in entries:
        s = share_shown(ds, v, total)
        shown = t(lang, "ui.value_share", money=fmt.money(v, lang), share=share_words(ds, v, total, lang))
        rows.append(Row(code, label, shown, (Segment(0, 0.0, amount(v, lang),
                                                     t(lang, "ui.hover_single", row=label, value=shown)),)))
        table_rows.append([label, amount(v, lang), s])
        items.append(t(lang, "ui.item_value_share", name=inline_label(ds, dimension, code, lang), money=fmt.money(v, lang),
                       share=share_words(ds, v, total, lang)))
    xmax = max(r.segments[0].end for r in rows)
    model = BarChart(tuple(rows), series, 0.0, xmax, legend=False)
    table = table_frame([(t(lang, first_column), TEXT),
                         (t(lang, "ui.money_col", name=t(lang, "balance.exports")), MONEY),
                         (t(lang, "ui.col_share"), PERCENT)], table_rows)
    top = max(range(len(rows)), key=lambda i: (table_rows[i][1], -i))
    words = dict(year=ds.year, total=fmt.money(total, lang), top=inline_label(ds, dimension, rows[top].code, lang),
                 top_share=share_words(ds, entries[top][2], total, lang), items=join(items, lang))
    return Built(model, table, t(lang, f"{chart_id}.subtitle", **words),
                 t(lang, f"{chart_id}.describe", **words), MONEY)


def industry_mix(ds: Dataset, lang: str) -> Built:
    entries = [(c, ds.label("industry", c, lang), total_exports(ds, c)) for c in industries_by_size(ds)]
    return _bars(ds, lang, "chart-industry-mix", "industry", entries, total_exports(ds), "ui.col_industry")


def _totals(ds: Dataset, lang: str, chart_id: str, dimension: str, by_size: bool) -> Built:
    """One bar per category of a dimension (all industries together): value and share of exports."""
    codes = categories(ds, dimension)
    if by_size:
        codes = sorted(codes, key=lambda c: (-ds.value(dimension, "total", c), c))
    entries = [(c, ds.label(dimension, c, lang), ds.value(dimension, "total", c)) for c in codes]
    return _bars(ds, lang, chart_id, dimension, entries, ds.value(dimension, "total", "total"), "ui.col_category")


def firm_size_totals(ds: Dataset, lang: str) -> Built:
    return _totals(ds, lang, "chart-firm-size-totals", "firm_size", by_size=False)


def region_totals(ds: Dataset, lang: str) -> Built:
    return _totals(ds, lang, "chart-region-totals", "region", by_size=True)


def _stacked(ds: Dataset, lang: str, chart_id: str, dimension: str) -> Built:
    """Industry × category in money: one stacked bar per industry."""
    cats = categories(ds, dimension)
    series = tuple(Series(c, ds.label(dimension, c, lang), SERIES[i % len(SERIES)])
                   for i, c in enumerate(cats))
    rows, table_rows, items = [], [], []
    for code in industries_by_size(ds):
        label = ds.label("industry", code, lang)
        segs, edge, values = [], 0.0, []
        for i, c in enumerate(cats):
            v = ds.value(dimension, code, c)
            x = amount(v, lang)
            values.append(x)
            end = dec_sum(edge, x)
            segs.append(Segment(i, edge, end, t(lang, "ui.hover_pair", row=label,
                                                  series=series[i].name, value=fmt.money(v, lang))))
            edge = end
        total = ds.value(dimension, code, "total")
        rows.append(Row(code, label, fmt.money(total, lang), tuple(segs)))
        table_rows.append([label, *values, amount(total, lang)])
        best = max(range(len(cats)), key=lambda i: (values[i], -i))
        items.append(t(lang, "ui.item_top", name=inline_label(ds, "industry", code, lang),
                       category=inline_label(ds, dimension, cats[best], lang),
                       value=fmt.money(ds.value(dimension, code, cats[best]), lang)))
    xmax = max(max(r.segments[-1].end for r in rows), max(row[-1] for row in table_rows))
    model = BarChart(tuple(rows), series, 0.0, xmax)
    grand = ds.value(dimension, "total", "total")
    totals = [t(lang, "ui.item_value_share", name=inline_label(ds, dimension, s.code, lang),
                money=fmt.money(ds.value(dimension, "total", s.code), lang),
                share=share_words(ds, ds.value(dimension, "total", s.code), grand, lang))
              for s in series]
    columns = [(t(lang, "ui.col_industry"), TEXT)]
    columns += [(t(lang, "ui.money_col", name=s.name), MONEY) for s in series]
    columns += [(t(lang, "ui.money_col", name=t(lang, "ui.col_total")), MONEY)]
    words = dict(year=ds.year, totals=join(totals, lang), items=join(items, lang))
    return Built(model, table_frame(columns, table_rows), t(lang, f"{chart_id}.subtitle", **words),
                 t(lang, f"{chart_id}.describe", **words), MONEY)


def industry_by_trade_type(ds: Dataset, lang: str) -> Built:
    return _stacked(ds, lang, "chart-industry-by-trade-type", "trade_type")


def industry_by_firm_size(ds: Dataset, lang: str) -> Built:
    return _stacked(ds, lang, "chart-industry-by-firm-size", "firm_size")


def industry_by_region(ds: Dataset, lang: str) -> Built:
    return _stacked(ds, lang, "chart-industry-by-region", "region")


def trade_type_split(ds: Dataset, lang: str) -> Built:
    """Each industry's exports as 100: shares by type, computed from the table's values."""
    return _split(ds, lang, "chart-trade-type-split", "trade_type")


def region_split(ds: Dataset, lang: str) -> Built:
    """Each industry's exports as 100: shares by region, computed from the table's values."""
    return _split(ds, lang, "chart-region-split", "region")


def _split(ds: Dataset, lang: str, chart_id: str, dimension: str) -> Built:
    cats = categories(ds, dimension)
    series = tuple(Series(c, ds.label(dimension, c, lang), SERIES[i % len(SERIES)])
                   for i, c in enumerate(cats))
    rows, table_rows, items = [], [], []
    for code in ["total", *industries_by_size(ds)]:
        label = ds.label("industry", code, lang)
        whole = ds.value(dimension, code, "total")
        segs, edge = [], 0.0
        parts = [ds.value(dimension, code, c) for c in cats]
        shares = [share(v, whole, lang) for v in parts]
        # Bars, table and words show the shares the precision rule allows (65, not 66.0), one
        # precision per row, so a stack may end at 99 or 101, as the article's rounded shares do.
        quantities = row_of_shares(ds, parts, whole, [(dimension, code, c) for c in cats])
        table_cells = [shown(q) for q in quantities]
        words = [format_quantity(q, lang) for q in quantities]
        for i, c in enumerate(cats):
            end = dec_sum(edge, float(table_cells[i]))
            segs.append(Segment(i, edge, end, t(lang, "ui.hover_pair", row=label,
                                                  series=series[i].name, value=words[i])))
            edge = end
        rows.append(Row(code, label, "", tuple(segs), strong=code == "total"))
        table_rows.append([label, *table_cells])
        if code != "total":
            best = max(range(len(cats)), key=lambda i: (shares[i], -i))
            items.append(t(lang, "ui.item_top", name=inline_label(ds, "industry", code, lang),
                           category=inline_label(ds, dimension, cats[best], lang),
                           value=words[best]))
        else:
            overall_words = words
    overall = [t(lang, "ui.item_pair", name=inline_label(ds, dimension, s.code, lang), value=w)
               for s, w in zip(series, overall_words)]
    xmax = max(100.0, *(r.segments[-1].end for r in rows))
    model = BarChart(tuple(rows), series, 0.0, xmax)
    columns = [(t(lang, "ui.col_industry"), TEXT)]
    columns += [(t(lang, "ui.percent_col", name=s.name), PERCENT) for s in series]
    words = dict(year=ds.year, overall=join(overall, lang), items=join(items, lang))
    return Built(model, table_frame(columns, table_rows), t(lang, f"{chart_id}.subtitle", **words),
                 t(lang, f"{chart_id}.describe", **words), PERCENT)


def sme_share(ds: Dataset, lang: str) -> Built:
    chart_id = "chart-sme-share"
    name = t(lang, f"{chart_id}.series")
    series = (Series("sme", name, "c1"),)
    entries = []
    for code in ["total", *categories(ds, "industry")]:
        parts = [ds.value("firm_size", code, s) for s in SME_SIZES]
        sme = dec_sum(*parts)
        whole = ds.value("firm_size", code, "total")
        entries.append((code, parts, sme, whole, share(sme, whole, lang),
                        share_words(ds, sme, whole, lang, len(SME_SIZES)),
                        share_shown(ds, sme, whole, len(SME_SIZES))))
    # The overall row first as the reference, then industries by SME share.
    entries = entries[:1] + sorted(entries[1:], key=lambda e: (-e[4], e[0]))
    rows, table_rows, items = [], [], []
    for code, (medium, small), sme, whole, _, words, s in entries:
        label = ds.label("industry", code, lang)
        hover = t(lang, f"{chart_id}.hover", row=label, share=words,
                  medium=fmt.money(medium, lang), small=fmt.money(small, lang),
                  sme=fmt.money(sme, lang), total=fmt.money(whole, lang))
        rows.append(Row(code, label, words, (Segment(0, 0.0, float(s), hover),),
                        strong=code == "total"))
        table_rows.append([label, amount(medium, lang), amount(small, lang), amount(sme, lang),
                           amount(whole, lang), s])
        if code != "total":
            items.append(t(lang, "ui.item_pair", name=inline_label(ds, "industry", code, lang), value=words))
    model = BarChart(tuple(rows), series, 0.0, 100.0, legend=False, track=True)
    columns = [(t(lang, "ui.col_industry"), TEXT)]
    columns += [(t(lang, "ui.money_col", name=ds.label("firm_size", s, lang)), MONEY)
                for s in SME_SIZES]
    columns += [(t(lang, "ui.money_col", name=t(lang, f"{chart_id}.col_sme")), MONEY),
                (t(lang, "ui.money_col", name=t(lang, "ui.col_total")), MONEY),
                (t(lang, "ui.percent_col", name=t(lang, f"{chart_id}.col_sme")), PERCENT)]
    _, _, sme_all, whole_all, share_all, share_all_words, _ = entries[0]
    words = dict(year=ds.year, total=fmt.money(whole_all, lang), sme=fmt.money(sme_all, lang),
                 sme_share=share_all_words, items=join(items, lang),
                 micro=fmt.money(ds.value("firm_size", "total", "micro"), lang),
                 other=fmt.money(ds.value("firm_size", "total", "individual_other"), lang))
    return Built(model, table_frame(columns, table_rows), t(lang, f"{chart_id}.subtitle", **words),
                 t(lang, f"{chart_id}.describe", **words), PERCENT)


# --- the public spec -------------------------------------------------------------------------

@dataclass(frozen=True)
class ChartSpec:
    id: str
    page: str
    build: Callable[[Dataset, str], Built]

    def title(self, lang: str, ds: Dataset) -> str:
        return t(lang, f"{self.id}.title", year=ds.year)

    def built(self, ds: Dataset, lang: str) -> Built:
        fmt.check_lang(lang)
        return self.build(ds, lang)

    def model(self, ds: Dataset, lang: str) -> BarChart:
        return self.built(ds, lang).model

    def subtitle(self, ds: Dataset, lang: str) -> str:
        return self.built(ds, lang).subtitle

    def figure(self, ds: Dataset, lang: str):
        from .figure import to_figure
        return to_figure(self.built(ds, lang).model)

    def table(self, ds: Dataset, lang: str) -> pd.DataFrame:
        return self.built(ds, lang).table

    def describe(self, ds: Dataset, lang: str) -> str:
        return self.built(ds, lang).description


CHARTS: "OrderedDict[str, ChartSpec]" = OrderedDict(
    (spec.id, spec) for spec in (
        ChartSpec("chart-leap", "overview", leap),
        ChartSpec("chart-trade-balance", "overview", trade_balance),
        ChartSpec("chart-industry-mix", "overview", industry_mix),
        ChartSpec("chart-industry-by-trade-type", "industries", industry_by_trade_type),
        ChartSpec("chart-trade-type-split", "industries", trade_type_split),
        ChartSpec("chart-firm-size-totals", "firm-size", firm_size_totals),
        ChartSpec("chart-industry-by-firm-size", "firm-size", industry_by_firm_size),
        ChartSpec("chart-sme-share", "firm-size", sme_share),
        ChartSpec("chart-region-totals", "regions", region_totals),
        ChartSpec("chart-industry-by-region", "regions", industry_by_region),
        ChartSpec("chart-region-split", "regions", region_split),
        ChartSpec("chart-north-america-balance", "regions", north_america_balance),
    )
)
