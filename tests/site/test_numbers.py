"""Story quantities by name: the families over the tables' cells resolve on demand, and a name
that is not a quantity fails (so a typo in a template stops the build)."""
from __future__ import annotations

import pytest

from ictsite.data import load_dataset
from ictsite.site.numbers import LocalNumbers, story_quantities


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


def test_every_inner_cell_is_a_quantity_with_its_shares(ds):
    q = story_quantities(ds)
    for dim, table in ds.tables.items():
        now = table[table.year == ds.year]
        for ind, cat, value in zip(now.industry, now[dim], now["value"]):
            if "total" in (ind, cat):
                continue
            assert q[f"{dim}.{ind}.{cat}"].value == value
            for share in ("share_of_industry", "share_of_category"):
                assert q[f"{dim}.{ind}.{cat}.{share}"].kind == "percent"


def test_a_quantity_is_computed_when_asked_for(ds):
    q = story_quantities(ds)
    name = "region.game_software.asia.share_of_category"
    assert name not in dict.keys(q)
    before = len(q)
    assert LocalNumbers(q, "en")[name].endswith("%")
    assert len(q) == before + 1 and name in dict.keys(q)


@pytest.mark.parametrize("name", [
    "industry.total", "industry.nowhere", "industry.game_software.share_of_industry",
    "region.asia.nowhere", "region.total.asia", "region.game_software.asia.share_of_nothing",
    "firm_size.total.sme", "firm_size.game_software.sme.share", "trade_type.asia",
    "claim.no-such-claim", "no_such_quantity",
])
def test_a_name_that_is_no_quantity_fails(ds, name):
    with pytest.raises(KeyError, match="no story quantity"):
        LocalNumbers(story_quantities(ds), "en")[name]
