"""Each chart: the contract's shape, pure and deterministic figures, and the data's numbers."""
from __future__ import annotations

import json
import re
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go
import pytest
import plotly.io as pio

from ictsite import fmt
from ictsite.charts import CHARTS, SME_SIZES
from ictsite.lang import LANGS
from ictsite.quantity import share_shown, share_text

from .helpers import dataset

IDS = list(CHARTS)
CASES = [(cid, lang) for cid in IDS for lang in LANGS]


@pytest.mark.parametrize("cid,lang", CASES)
def test_every_chart_has_title_description_table_in_its_language(cid, lang):
    spec, ds = CHARTS[cid], dataset()
    title, desc, table = spec.title(lang, ds), spec.describe(ds, lang), spec.table(ds, lang)
    assert title and desc and "{" not in title + desc
    assert str(ds.year) in title
    assert isinstance(table, pd.DataFrame) and len(table) > 0
    hangul = re.compile(r"[가-힣]")
    if lang == "ko":
        assert hangul.search(title) and hangul.search(desc)
    else:  # English text may quote the Korean source only in the source line, not here
        assert not hangul.search(title) and not hangul.search(desc)
        assert not any(hangul.search(str(c)) for c in table.columns)


@pytest.mark.parametrize("cid,lang", CASES)
def test_figures_are_pure_and_deterministic(cid, lang):
    ds = dataset()
    before = {k: t.copy() for k, t in ds.tables.items()}
    a = pio.to_json(CHARTS[cid].figure(ds, lang), validate=False)
    b = pio.to_json(CHARTS[cid].figure(ds, lang), validate=False)
    assert a == b
    assert isinstance(CHARTS[cid].figure(ds, lang), go.Figure)
    for k, t in ds.tables.items():
        pd.testing.assert_frame_equal(t, before[k])


@pytest.mark.parametrize("cid,lang", CASES)
def test_figure_shows_the_table_numbers(cid, lang):
    """Every bar's length is a number in the table, and every hover text is in the page's words."""
    ds = dataset()
    fig = json.loads(pio.to_json(CHARTS[cid].figure(ds, lang), validate=False))
    table = CHARTS[cid].table(ds, lang)
    numbers = {round(float(v), 2) for row in _cells(table) for v in row}
    for trace in fig["data"]:
        if trace.get("hoverinfo") == "skip":  # the 0–100 track behind share bars
            continue
        for x in trace["x"]:
            assert round(x, 2) in numbers, (cid, lang, x)
        assert all(h for h in trace["hovertext"])
    assert fig["layout"]["height"] == CHARTS[cid].model(ds, lang).height
    assert "mathjax" not in json.dumps(fig).lower()


def _en(v: float) -> float:
    return float(Decimal(str(v)) / 10)


def _cells(table: pd.DataFrame) -> list[list[float]]:
    """The table's numbers (shares may be Decimals carrying their shown digits), as floats."""
    numeric = [c for c, kind in table.attrs["formats"].items() if kind != "text"]
    return [[float(v) for v in row] for row in table[numeric].itertuples(index=False)]


@pytest.mark.parametrize("cid", IDS)
def test_both_languages_show_the_same_numbers(cid):
    ds = dataset()
    ko, en = CHARTS[cid].table(ds, "ko"), CHARTS[cid].table(ds, "en")
    assert ko.shape == en.shape
    kinds_ko = list(ko.attrs["formats"].values())
    for row_ko, row_en in zip(ko.itertuples(index=False), en.itertuples(index=False)):
        for kind, a, b in zip(kinds_ko, row_ko, row_en):
            if kind == "money":
                assert _en(a) == pytest.approx(b, abs=1e-9), (cid, a, b)
            elif kind == "percent":
                assert a == b


def test_money_tables_equal_the_data():
    ds = dataset()
    for dim, cid in (("trade_type", "chart-industry-by-trade-type"),
                     ("firm_size", "chart-industry-by-firm-size"),
                     ("region", "chart-industry-by-region")):
        table = CHARTS[cid].table(ds, "ko")
        labels = {ds.label("industry", c, "ko"): c for c in ds.labels[ds.labels.dimension == "industry"].code}
        cats = [c for c in ds.labels[ds.labels.dimension == dim].code if c != "total"]
        assert len(table) == 7
        for rec in table.itertuples(index=False):
            industry = labels[rec[0]]
            assert list(rec[1:]) == [ds.value(dim, industry, c) for c in cats] + [ds.value(dim, industry, "total")]


def test_overview_and_north_america_match_the_prose():
    ds = dataset()
    tb = CHARTS["chart-trade-balance"].table(ds, "ko").iloc[:, 1].tolist()
    assert tb == [111.5, ds.fact("imports_total"), 22.3]
    na = CHARTS["chart-north-america-balance"].table(ds, "ko").iloc[:, 1].tolist()
    assert na == [32.6, ds.fact("north_america_imports"), -3.6]
    assert "적자" in CHARTS["chart-north-america-balance"].describe(ds, "ko")
    assert "deficit" in CHARTS["chart-north-america-balance"].describe(ds, "en")
    mix = CHARTS["chart-industry-mix"].table(ds, "en")
    game = ds.value("trade_type", "game_software", "total")
    assert mix.iloc[0, 0] == "Game software" and float(mix.iloc[0, 2]) == float(fmt.share_value(game, ds.value("trade_type", "total", "total")))


def test_sme_share_counts_medium_and_small_as_the_article_does():
    ds = dataset()
    assert SME_SIZES == ("medium", "small")
    table = CHARTS["chart-sme-share"].table(ds, "ko")
    overall = table.iloc[0].tolist()
    medium, small, total = (ds.value("firm_size", "total", c) for c in ("medium", "small", "total"))
    sme = float(Decimal(str(medium)) + Decimal(str(small)))
    # 중기업 + 소기업, as the article counts SMEs; the share as the precision rule shows it.
    assert overall[1:-1] == [medium, small, sme, total]
    assert overall[-1] == share_shown(ds, sme, total, 2)
    for lang in LANGS:
        text = CHARTS["chart-sme-share"].describe(ds, lang) + CHARTS["chart-sme-share"].subtitle(ds, lang)
        assert share_text(ds, sme, total, lang, 2) in text
    shares = table.iloc[1:, -1].tolist()
    assert shares == sorted(shares, reverse=True)


def test_split_shares_are_shares_of_each_industry():
    ds = dataset()
    table = CHARTS["chart-trade-type-split"].table(ds, "en")
    codes = [r.code for r in CHARTS["chart-trade-type-split"].model(ds, "en").rows]
    for code, rec in zip(codes, table.itertuples(index=False)):
        shares = rec[1:]
        # Cells and totals are printed to 0.1, so shares of a small industry need not add to 100:
        # broadcasting's cells add to 5.4 of a printed 5.3 (101.9%). Allow what rounding explains:
        # ±0.05 on each cell and on the total, plus ±0.05 on each printed share.
        # A share shown as a whole percent (the precision rule) adds up to ±0.5 more.
        whole = ds.value("trade_type", code, "total")
        shown = sum(0.05 if s.as_tuple().exponent < 0 else 0.5 for s in shares)
        slack = 0.05 * (len(shares) + 1) / whole * 100 + shown
        assert abs(float(sum(shares)) - 100) <= slack, (code, rec)
    game = table[table.iloc[:, 0] == "Game software"].iloc[0]
    ip = ds.value("trade_type", "game_software", "ip_charges")
    assert game.iloc[1] == share_shown(ds, ip, ds.value("trade_type", "game_software", "total"),
                                       cell=("trade_type", "game_software", "ip_charges"))


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        CHARTS["chart-industry-mix"].figure(dataset(), "fr")
