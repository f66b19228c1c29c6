"""Every figure a page shows traces to data/.

Render every story page twice: from the real data, and from a copy where every value, share,
fact and the year are nudged by a distinct amount. A number that comes from data changes; a
number typed by hand does not. Charts are tested against the data in tests/charts/.
"""
from __future__ import annotations

import dataclasses
import datetime
import html
import re

import pytest

from ictsite import pages as P
from ictsite.cite.release import site_url
from ictsite.data import load_dataset
from ictsite.lang import LANGS
from ictsite.site.extras import page_helpers
from ictsite.site.numbers import story_quantities
from ictsite.site.render import render_page

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
CHART_BLOCK = re.compile(r'<(figure|div)[^>]*\bid="chart-[^"]*".*?</\1>\s*(?=\n\n|\Z)', re.S)
TAG = re.compile(r"<[^>]+>")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
ATTR = re.compile(r"\{[#.][^}]*\}")
LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.M)
SOURCE_TABLE = re.compile(r"(?:표|Table)\s*\d\b")
HALF_YEAR = re.compile(r"\bH[12]\b")  # "H1 2025": the half's name, not a figure (its year still moves)
# Pages built from other files than the Dataset (ledger, dictionary) or with no data figures.
STORY_PAGES = [p for p in P.PAGES if p.slug in ("index", "industries", "firm-size", "regions", "policy")]


def nudged(ds):
    """The same dataset with every number moved by a different, recognisable amount."""
    counter = iter(range(1, 10_000))
    tables = {}
    for dim, t in ds.tables.items():
        t = t.copy()
        t["value"] = [round(v + 0.1 * next(counter) + 7, 1) for v in t["value"]]
        t["share"] = [None if s != s else round(min(0.99, s + 0.01 * (next(counter) % 7 + 1)), 2) for s in t["share"]]
        t["year"] = t["year"] + 7
        tables[dim] = t
    facts = ds.facts.copy()
    # A fact's printed text moves with its value, as a CSV would give them.
    facts["value_text"] = [f"{v * 3 + 0.7 + next(counter):.1f}" for v in facts["value"]]
    facts["value"] = [float(x) for x in facts["value_text"]]
    # Periods move with the years, so the article's year and every release's periods stay matched.
    shift = lambda p: str(int(p[:4]) + 7) + p[4:]  # noqa: E731
    facts["period"] = [shift(p) for p in facts["period"]]
    releases = ds.releases.copy()
    releases["periods"] = [" ".join(shift(p) for p in ps.split()) for ps in releases["periods"]]
    # A publication date a page cites moves too: every part of it (year, month, day) by a different step.
    shift_date = lambda d: d if d != d or not d else (  # noqa: E731
        datetime.date.fromisoformat(d).replace(year=int(d[:4]) + 7) + datetime.timedelta(days=40)).isoformat()
    releases["published"] = [shift_date(d) for d in releases["published"]]
    figures = ds.figures.copy()
    figures["period"] = [shift(p) for p in figures["period"]]
    figures["value"] = [v if v != v else round(v + 0.1 * next(counter) + 7, 1) for v in figures["value"]]
    claims = ds.claims.copy()
    claims["claimed"] = [f"{float(c) + 0.3 + next(counter):g}" for c in claims["claimed"]]
    # What the tables allow for a claim (the ledger's computed interval) moves too.
    for col in ("computed_point", "computed_low", "computed_high"):
        claims[col] = [c if c != c or not str(c).strip() else f"{float(c) + 0.3 + next(counter):g}" for c in claims[col]]
    return dataclasses.replace(ds, tables=tables, facts=facts, claims=claims, releases=releases,
                               figures=figures)


def figures_in(markdown: str) -> list[str]:
    text = html.unescape(CHART_BLOCK.sub("", markdown))
    # "표 1", "Table 3": the article's own table numbers name a source, they are not figures.
    text = HALF_YEAR.sub("", SOURCE_TABLE.sub("", text))
    text = ATTR.sub("", LINK_TARGET.sub("]", TAG.sub(" ", text)))
    text = LIST_MARKER.sub("", text)
    return NUMBER.findall(text)


def rendered(ds, page, lang):
    helpers = {k: v for k, v in page_helpers(site_url()).items() if k in ("chart", "latest_release", "cited_fact", "cited_info")}
    return render_page(ds, story_quantities(ds), page, lang, helpers)


@pytest.fixture(autouse=True)
def _comparisons_unchecked(monkeypatch):
    # Nudging every number reorders some rankings, which would (rightly) stop the build; this test
    # is about numbers, and tests/releases/test_citations_stay_true.py tests the comparisons.
    monkeypatch.setattr("ictsite.site.render.check", lambda ds, name, template: "")


@pytest.fixture(scope="module")
def datasets():
    ds = load_dataset()
    return ds, nudged(ds)


@pytest.mark.parametrize("page", STORY_PAGES, ids=lambda p: p.slug)
@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_moves_with_the_data(datasets, page, lang):
    real, fake = (figures_in(rendered(ds, page, lang)) for ds in datasets)
    assert len(real) == len(fake), "the page's structure changed with the data"
    typed = [r for r, f in zip(real, fake) if r == f]
    assert not typed, f"{lang}{page.path}: figures that do not come from data: {typed}"


def test_the_check_catches_a_typed_figure(datasets):
    real, fake = datasets
    md = "In [[ n.year ]] exports were [[ n.exports_total ]], about 44% of which came from games."
    from ictsite.site.render import environment
    from ictsite.site.numbers import LocalNumbers
    out = [environment("en").from_string(md).render(n=LocalNumbers(story_quantities(d), "en")) for d in (real, fake)]
    a, b = (figures_in(o) for o in out)
    assert [x for x, y in zip(a, b) if x == y] == ["44"]
