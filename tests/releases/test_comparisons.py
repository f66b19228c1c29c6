"""Comparative sentences ("the largest", "only") hold in the data, or the build stops and says where."""
from __future__ import annotations

import dataclasses
import re

import pytest

from ictsite import pages as P
from ictsite.data import load_dataset
from ictsite.lang import LANGS
from ictsite.site.comparisons import ComparisonFailed, STATEMENTS
from ictsite.site.numbers import story_quantities
from ictsite.site.render import STORY, render_page

STORY_SLUGS = ("index", "industries", "firm-size", "regions", "policy", "about")


def test_a_flipped_ranking_stops_the_build():
    """Nudge IT services above games; the page that calls games the largest must refuse to build."""
    ds = load_dataset()
    trade = ds.tables["trade_type"].copy()
    games = trade[(trade.industry == "game_software") & (trade.trade_type == "total") & (trade.year == ds.year)]
    it = (trade.industry == "it_services") & (trade.trade_type == "total") & (trade.year == ds.year)
    trade.loc[it, "value"] = float(games["value"].iloc[0]) + 1
    flipped = dataclasses.replace(ds, tables={**ds.tables, "trade_type": trade})
    for lang in LANGS:
        with pytest.raises(ComparisonFailed) as err:
            render_page(flipped, story_quantities(flipped), P.BY_SLUG["industries"], lang, {})
        msg = str(err.value)
        assert f"scripts/ictsite/story/{lang}/industries.md" in msg and "games-largest-industry" in msg
        assert "the largest is it_services" in msg


def test_both_languages_state_the_same_comparisons():
    used = {}
    for lang in LANGS:
        used[lang] = {slug: sorted(re.findall(r'holds\("([^"]+)"\)', (STORY / lang / f"{slug}.md").read_text(encoding="utf-8")))
                      for slug in STORY_SLUGS}
        assert set(sum(used[lang].values(), [])) <= set(STATEMENTS)
    assert used["ko"] == used["en"]
