"""A figure someone stated for a year other than the story's names its year, and the year is right.

The overview's OECD figure (services' share of world trade, the article's footnote 1) is for the
year before the article's. There is no quantity of its own for that period, so the template
writes it as `leap.prev_year`; this test keeps the two the same if data/ ever changes.
"""
from __future__ import annotations

import csv

from ictsite.data import load_dataset
from ictsite.paths import ROOT
from ictsite.site.numbers import story_quantities


def test_the_oecd_share_is_for_the_year_the_overview_names():
    with open(ROOT / "data" / "prose_facts.csv", encoding="utf-8", newline="") as fh:
        period = next(r["period"] for r in csv.DictReader(fh) if r["id"] == "oecd_services_share_of_trade")
    shown = story_quantities(load_dataset())["leap.prev_year"].value
    assert period == str(int(shown)), (
        f"prose_facts.csv gives the OECD share for {period}, but the overview (story/*/index.md, "
        f"#global-context) names {int(shown)}: write the right year there")
