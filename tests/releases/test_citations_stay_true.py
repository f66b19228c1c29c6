"""A citation stays true: adding a release changes no figure on the article's pages.

A maintainer's next year, appended in the article's shape to the data/ of a copy of the repository,
is built with `make site` (both languages, strict). The story pages, their chart files and embeds
must come out byte for byte as this checkout's build has them; only the overview's latest-release
card moves, by design, and the new release gets its own page.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ictsite import pages as P
from ictsite.charts import CHARTS
from ictsite.data import load_dataset
from ictsite.data import releases as R
from ictsite.lang import LANGS
from ictsite.paths import DOCS

# Builds a copy of the repository (tests/conftest.py: new_year_build): part of `make test`, not of
# `make test-fast`.
pytestmark = pytest.mark.build

STORY_SLUGS = ("index", "industries", "firm-size", "regions", "policy", "about")
CARD = re.compile(r'<aside class="ict-latest".*?</aside>\n', re.S)


@pytest.fixture(scope="module")
def with_new_year(new_year_build) -> tuple[Path, str]:
    """The copy's generated pages (docs/), and the new release's id."""
    ds = load_dataset(new_year_build.src / "data")
    return new_year_build.src / "docs", R.latest(ds).id


def test_the_new_year_builds_in_both_languages(new_year_build, with_new_year):
    _, rid = with_new_year
    slug = load_dataset(new_year_build.src / "data").release_row(rid)["slug"]
    for lang in LANGS:
        built = new_year_build.site / P.release_page(slug).url(lang).lstrip("/") / "index.html"
        assert f'id="chart-{slug}-by-industry"' in built.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", STORY_SLUGS)
def test_story_pages_do_not_change(with_new_year, slug, lang):
    stage, _ = with_new_year
    page = P.BY_SLUG[slug]
    built = (DOCS / lang / page.file).read_text(encoding="utf-8")
    again = (stage / lang / page.file).read_text(encoding="utf-8")
    assert CARD.sub("", again) == CARD.sub("", built)


def test_the_card_follows_the_newest_release(with_new_year):
    stage, rid = with_new_year
    slug = load_dataset(stage.parent / "data").release_row(rid)["slug"]  # stage is the copy's docs/
    for lang in LANGS:
        card = CARD.search((stage / lang / "index.md").read_text(encoding="utf-8"))
        assert card and f"releases/{slug}.md" in card.group(0)


@pytest.mark.parametrize("lang", LANGS)
def test_story_charts_and_embeds_do_not_change(with_new_year, lang):
    stage, _ = with_new_year
    for cid in CHARTS:
        for ext in ("csv", "svg", "json"):
            rel = Path(lang) / "charts" / f"{cid}.{ext}"
            assert (stage / rel).read_bytes() == (DOCS / rel).read_bytes(), rel
        rel = Path(lang) / "embed" / f"{cid}.md"
        assert (stage / rel).read_text(encoding="utf-8") == (DOCS / rel).read_text(encoding="utf-8"), rel


@pytest.mark.parametrize("lang", LANGS)
def test_the_new_release_gets_its_page_and_charts(with_new_year, lang):
    stage, rid = with_new_year
    slug = load_dataset(stage.parent / "data").release_row(rid)["slug"]
    text = (stage / lang / "releases" / f"{slug}.md").read_text(encoding="utf-8")
    assert 'id="chart-' + slug + '-by-industry"' in text
    assert (stage / lang / "charts" / f"chart-{slug}-by-region.csv").exists()
    assert f"(../releases/{slug}.md)" in (stage / lang / "releases" / "index.md").read_text(encoding="utf-8")
