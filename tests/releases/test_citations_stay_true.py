"""A citation stays true: adding a release changes no figure on the article's pages.

A maintainer's next year, appended to a copy of data/ in the article's shape, is rendered through the
whole page generator (both languages, every page, chart file and embed). The story pages, their chart
files and embeds must come out byte for byte as the real build has them; only the overview's
latest-release card moves, by design, and the new release gets its own page.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ictsite.charts import CHARTS
from ictsite.data import load_dataset
from ictsite.paths import DOCS
from ictsite.site import pages as P
from ictsite.site.generate import render_all

from ..data.helpers import append_synthetic_year

# Renders every page of both languages (notebooks included) once more: part of `make test`, not of
# `make test-fast`.
pytestmark = pytest.mark.build

STORY_SLUGS = ("index", "industries", "firm-size", "regions", "policy", "about")
CARD = re.compile(r'<aside class="ict-latest".*?</aside>\n', re.S)


@pytest.fixture(scope="module")
def with_new_year(tmp_path_factory) -> tuple[Path, str]:
    import shutil
    from ictsite.paths import DATA
    root = tmp_path_factory.mktemp("synthetic")
    shutil.copytree(DATA, root / "data")
    rid = append_synthetic_year(root / "data")
    render_all(root / "stage", data_dir=root / "data")
    return root / "stage", rid


@pytest.mark.parametrize("lang", P.LANGS)
@pytest.mark.parametrize("slug", STORY_SLUGS)
def test_story_pages_do_not_change(with_new_year, slug, lang):
    stage, _ = with_new_year
    page = P.BY_SLUG[slug]
    built = (DOCS / lang / page.file).read_text(encoding="utf-8")
    again = (stage / lang / page.file).read_text(encoding="utf-8")
    assert CARD.sub("", again) == CARD.sub("", built)


def test_the_card_follows_the_newest_release(with_new_year):
    stage, rid = with_new_year
    slug = load_dataset(stage.parent / "data").release_row(rid)["slug"]
    for lang in P.LANGS:
        card = CARD.search((stage / lang / "index.md").read_text(encoding="utf-8"))
        assert card and f"releases/{slug}.md" in card.group(0)


@pytest.mark.parametrize("lang", P.LANGS)
def test_story_charts_and_embeds_do_not_change(with_new_year, lang):
    stage, _ = with_new_year
    for cid in CHARTS:
        for ext in ("csv", "svg", "json"):
            rel = Path(lang) / "charts" / f"{cid}.{ext}"
            assert (stage / rel).read_bytes() == (DOCS / rel).read_bytes(), rel
        rel = Path(lang) / "embed" / f"{cid}.md"
        assert (stage / rel).read_text(encoding="utf-8") == (DOCS / rel).read_text(encoding="utf-8"), rel


@pytest.mark.parametrize("lang", P.LANGS)
def test_the_new_release_gets_its_page_and_charts(with_new_year, lang):
    stage, rid = with_new_year
    ds = load_dataset(stage.parent / "data")
    slug = ds.release_row(rid)["slug"]
    text = (stage / lang / "releases" / f"{slug}.md").read_text(encoding="utf-8")
    assert 'id="chart-' + slug + '-by-industry"' in text
    assert (stage / lang / "charts" / f"chart-{slug}-by-region.csv").exists()
    assert f"(../releases/{slug}.md)" in (stage / lang / "releases" / "index.md").read_text(encoding="utf-8")
