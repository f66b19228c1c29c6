"""Precision follows the data: a share shows one decimal only where the rounding of its cells allows.

The rule (scripts/ictsite/quantity.py): one decimal if the range the printed cells allow moves the
share by at most DECIMAL_SPREAD either way; otherwise the article's printed share of that cell, or a
whole percent. Chart tables and CSV files print shares by the same rule. Figures quoted from a
source keep the precision it printed.
"""
from __future__ import annotations

from decimal import Decimal

from ictsite import fmt
from ictsite.data import load_dataset
from ictsite.quantity import DECIMAL_SPREAD, share_range
from ictsite.site.numbers import LocalNumbers, story_quantities


def _q():
    ds = load_dataset()
    return ds, story_quantities(ds)


def test_every_share_shown_to_a_decimal_is_carried_by_its_cells():
    ds, q = _q()
    for dim, table in ds.tables.items():
        t = table[table.year == ds.year]
        for ind, cat, v, printed in zip(t.industry, t[dim], t.value, t.share):
            if "total" in (ind, cat):
                continue
            shown = q[f"{dim}.{ind}.{cat}.share_of_industry"]
            lo, hi = share_range(v, ds.value(dim, ind, "total"))
            if (hi - lo) / 2 <= DECIMAL_SPREAD:
                assert shown.digits == 1, (dim, ind, cat)
            else:
                # Too uncertain for a decimal: the article's own printed share, whole percent.
                assert shown.digits == 0 and shown.value == float(Decimal(str(printed)) * 100), (dim, ind, cat)


def test_a_small_column_shows_the_articles_printed_share():
    ds, q = _q()
    n = LocalNumbers(q, "en")
    # Telecommunications by large firms: 2.7 of 3.1 is 87.1%, but the cells allow 84-90%;
    # the page shows the article's printed share instead of a decimal the data cannot carry.
    printed = ds.tables["firm_size"]
    row = printed[(printed.industry == "telecom") & (printed.firm_size == "large") & (printed.year == ds.year)]
    expected = fmt.percent(float(Decimal(str(row.share.iloc[0])) * 100), "en", 0)
    assert n["firm_size.telecom.large.share_of_industry"] == expected


def test_quoted_amounts_keep_the_precision_printed():
    ds, q = _q()
    for name in ("ks_deficit_us", "ks_deficit_total"):
        printed = ds.fact_text(name)  # as data/prose_facts.csv gives it: its decimals are its precision
        digits = len(printed.partition(".")[2])
        assert LocalNumbers(q, "ko")[name] == f"{fmt.number(ds.fact(name), digits)}억 달러"


def test_english_amounts_under_a_billion_read_in_millions():
    ds, q = _q()
    deficit = q["north_america_deficit"].value
    assert abs(deficit) < 10  # the fixture this test relies on: under USD 1 billion
    assert LocalNumbers(q, "en")["north_america_deficit"] == f"USD {fmt.number(deficit * 100, 0)} million"
    assert fmt.money(111.5, "en") == "USD 11.15 billion" and fmt.money(-3.6, "en") == "−USD 360 million"


def test_charts_describe_shares_by_the_same_rule():
    from ictsite.charts import CHARTS
    from ictsite.charts.words import inline_label
    from ictsite.quantity import share_text
    ds = load_dataset()
    text = CHARTS["chart-sme-share"].describe(ds, "en")
    for code in ("telecom", "package_software"):
        sme = sum(Decimal(str(ds.value("firm_size", code, s))) for s in ("medium", "small"))
        shown = share_text(ds, float(sme), ds.value("firm_size", code, "total"), "en", 2)
        assert f"{inline_label(ds, 'industry', code, 'en')} {shown}" in text


def test_a_charts_table_and_csv_print_each_share_as_the_words_do():
    """The table under a chart (and its CSV) held one decimal for every share, so a description
    saying 65% sat above a table saying 66.0. A row shows one precision, the least certain cell's."""
    from ictsite.charts import CHARTS
    from ictsite.charts.table import rows_text
    ds = load_dataset()
    for chart_id in ("chart-region-split", "chart-trade-type-split"):
        for lang in ("ko", "en"):
            built = CHARTS[chart_id].built(ds, lang)
            for row, cells in zip(built.model.rows, rows_text(built.table, lang)):
                assert len({len(c.partition(".")[2]) for c in cells[1:]}) == 1, (chart_id, cells)
                for seg, cell in zip(row.segments, cells[1:]):
                    assert seg.hover.endswith(f" {cell}%") or f" {cell}%" in seg.hover, (chart_id, lang, seg.hover, cell)
