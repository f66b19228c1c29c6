"""Releases in data/: bad release input gets one clear line, and the figures come out with their rounding."""
from __future__ import annotations

from pathlib import Path

from ictsite.data import load_dataset
from ictsite.data import releases as R
from ictsite.data.schema import ARTICLE_RELEASE

from ..data.helpers import append_copy, append_synthetic_year, expect_one_bad_cell, only_problem, read_rows, set_cell

FIGURES = "release_figures.csv"


def _summary(ds) -> R.ReleaseView:
    return next(v for v in R.release_views(ds) if v.kind == "summary")


def _row(data_dir: Path, name: str, **match: str) -> dict[str, str]:
    rows = read_rows(data_dir / name)
    hits = [dict(zip(rows[0], r)) for r in rows[1:] if all(dict(zip(rows[0], r))[k] == v for k, v in match.items())]
    assert len(hits) == 1, (match, len(hits))
    return hits[0]


def _first(data_dir: Path, status: str, with_share: bool = False) -> dict[str, str]:
    rows = read_rows(data_dir / FIGURES)
    for r in rows[1:]:
        c = dict(zip(rows[0], r))
        if c["status"] == status and c["dimension"] != "total" and c["value"] and (c["share"] or not with_share):
            return c
    raise AssertionError(f"no {status} row in {FIGURES}")


def test_parts_may_not_exceed_their_total(data_dir: Path):
    c = _first(data_dir, "published")
    key = {k: c[k] for k in ("release", "period", "flow", "dimension", "code")}
    total = _row(data_dir, FIGURES, release=c["release"], period=c["period"], flow=c["flow"], dimension="total")
    row = set_cell(data_dir / FIGURES, key, "value", f"{float(total['value']) + 1:.1f}")
    line = only_problem(data_dir)
    assert line.startswith(f"data/{FIGURES}: row ") and ", column value: expected the " in line
    assert f"to add up to at most the total {total['value']}" in line or "to add up to about the total" in line, line
    assert str(row) in line


def test_a_share_must_agree_with_its_value(data_dir: Path):
    c = _first(data_dir, "published", with_share=True)
    key = {k: c[k] for k in ("release", "period", "flow", "dimension", "code")}
    wrong = f"{min(0.99, float(c['share']) + 0.2):.2f}"
    row = set_cell(data_dir / FIGURES, key, "share", wrong)
    assert only_problem(data_dir).startswith(f"data/{FIGURES}: row {row}, column share: expected a share that "
                                             f"{c['value']} / ")


def test_a_cell_cannot_be_printed_and_unpublished(data_dir: Path):
    c = _first(data_dir, "published")
    key = {k: c[k] for k in ("release", "period", "flow", "dimension", "code")}
    row = set_cell(data_dir / FIGURES, key, "status", "not_published")
    assert only_problem(data_dir) == (f"data/{FIGURES}: row {row}, column value: expected an empty cell (the row "
                                      f"is marked not_published), got '{c['value']}'")


def test_an_unknown_release_or_period(data_dir: Path):
    ids = [r[0] for r in read_rows(data_dir / "releases.csv")[1:]]
    row, _ = append_copy(data_dir / FIGURES, 1, release="no_such_release")
    assert only_problem(data_dir) == (f"data/{FIGURES}: row {row}, column release: expected a release id from "
                                      f"releases.csv ({', '.join(ids)}), got 'no_such_release'")


def test_a_period_the_release_does_not_cover(data_dir: Path):
    first = dict(zip(read_rows(data_dir / FIGURES)[0], read_rows(data_dir / FIGURES)[1]))
    periods = _row(data_dir, "releases.csv", id=first["release"])["periods"].split()
    row, _ = append_copy(data_dir / FIGURES, 1, period="1999H2")
    assert only_problem(data_dir) == (f"data/{FIGURES}: row {row}, column period: expected a period release "
                                      f"{first['release']} covers ({', '.join(periods)}), got '1999H2'")


def test_a_prose_fact_for_a_period_with_no_release(data_dir: Path):
    row, _ = append_copy(data_dir / "prose_facts.csv", 1, id="new_fact", year="2031", period="2031")
    periods = _row(data_dir, "releases.csv", id=ARTICLE_RELEASE)["periods"].split()
    assert only_problem(data_dir) == (f"data/prose_facts.csv: row {row}, column period: expected a period release "
                                      f"{ARTICLE_RELEASE} covers ({', '.join(periods)}), got '2031'")


def test_a_malformed_period(data_dir: Path):
    expect_one_bad_cell(data_dir, FIGURES, {k: v for k, v in _first(data_dir, "published").items()
                                            if k in ("release", "period", "flow", "dimension", "code")},
                        "period", "2025-H1", "expected a period: a year like 2024 or a half year like 2025H1, "
                        "got '2025-H1'")


def test_a_remainder_carries_its_rounding(data_dir: Path):
    ds = load_dataset(data_dir)
    v = _summary(ds)
    for dim in R.BREAKDOWNS:
        parts = R.breakdown(ds, v, dim)
        rest = [p for p in parts if p.status == "remainder"]
        if not rest:
            continue
        whole = R.total(ds, v, "exports")
        named = [p.value for p in parts if p.status == "published"]
        # The remainder's range is the total's range less the named parts' (each ±half a unit).
        width = whole.interval.hi - whole.interval.lo + sum(a.interval.hi - a.interval.lo for a in named)
        assert rest[0].value.interval.hi - rest[0].value.interval.lo <= width
        assert rest[0].value.interval.contains(whole.point - sum(a.point for a in named))


def test_the_story_keeps_the_article_year_when_a_year_is_added(data_dir: Path):
    before = load_dataset(data_dir)
    rid = append_synthetic_year(data_dir)
    after = load_dataset(data_dir)
    assert after.year == before.year
    assert R.latest(after).id == rid
    assert [v.id for v in R.release_views(after)].count(ARTICLE_RELEASE) == 1


def test_a_printed_growth_rate_must_follow_from_the_figures(data_dir: Path):
    ds = load_dataset(data_dir)
    v = _summary(ds)
    printed = R.growth(ds, v, "exports")
    row = set_cell(data_dir / "prose_facts.csv", {"id": "exports_growth", "period": v.period}, "value",
                   f"{float(printed) + 5:.1f}")
    line = only_problem(data_dir)
    assert line.startswith(f"data/prose_facts.csv: row {row}, column value: expected a growth rate the "
                           "release's figures allow (")


def test_release_charts_show_what_the_release_printed():
    """Each release chart's table holds the release's own printed figures, and the remainder."""
    from decimal import Decimal
    from ictsite.charts import all_charts
    ds = load_dataset()
    charts = [c for c in all_charts(ds) if getattr(c, "release", None)]
    assert charts, "the summary release has charts"
    for chart in charts:
        v = R.view(ds, chart.release)
        parts = R.breakdown(ds, v, chart.dimension)
        table = chart.built(ds, "ko").table
        rows = {r[0]: list(r[1:]) for r in table.itertuples(index=False)}
        for p in parts:
            if p.status == "not_published":
                assert not any(ds.label(chart.dimension, p.code, "ko") == k for k in rows)
                continue
            if p.status == "remainder":
                named = sum((q.value.point for q in parts if q.status == "published"), 0)
                assert Decimal(str(rows[next(k for k in rows if k.startswith("그 밖"))][0])) == \
                    R.rnd.round_half_up(R.total(ds, v, "exports").point - named, 1)
                continue
            cells = rows[ds.label(chart.dimension, p.code, "ko")]
            if p.value:
                assert Decimal(str(cells[0])) == p.value.shown
            assert round(cells[-1]) == round(float(p.share.point) * 100)


def test_a_cited_release_lends_facts_but_gets_no_page():
    from ictsite import pages as P
    from ictsite.site.releasepages import site_pages
    ds = load_dataset()
    cited = ds.releases[ds.releases.kind == "cited"]
    assert not cited.empty
    for r in cited.itertuples():
        assert r.id not in {v.id for v in R.release_views(ds)}
        assert P.release_page(r.slug) not in site_pages(ds)
        assert (ds.facts.release == r.id).any(), f"{r.id}: a cited release with no prose fact"
