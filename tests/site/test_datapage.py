"""The /data/ page's ledger is drawn from the dataset it is given, not from a file on disk."""
from __future__ import annotations

import dataclasses
import re

import pytest

from ictsite.data import load_dataset
from ictsite.site.datapage import ledger
from ictsite.lang import LANGS


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.mark.parametrize("lang", LANGS)
def test_the_ledger_has_one_row_per_claim_of_the_dataset(ds, lang):
    html = ledger(ds, lang, None)
    assert re.findall(r'<tr id="claim-([^"]+)"', html) == list(ds.claims.id)


def test_the_ledger_follows_the_dataset_it_is_given(ds):
    claims = ds.claims.copy()
    first = claims.index[0]
    claims.loc[first, "claim_en"] = "A claim only this dataset makes"
    claims.loc[first, "status"] = "rounding"
    html = ledger(dataclasses.replace(ds, claims=claims), "en", None)
    row = html[html.index(f'<tr id="claim-{claims.id[first]}"'):]
    row = row[:row.index("</tr>")]
    assert "A claim only this dataset makes" in row and "ict-claim--rounding" in row
    assert "A claim only this dataset makes" not in ledger(ds, "en", None)


def test_what_the_tables_allow_shows_one_decimal_more_than_the_claim_and_contains_it(ds):
    """The ledger's working digits (44.1506) stay in claims.csv; the page widens them outwards to
    one decimal more than the claim printed, so the range still contains what the tables allow."""
    from decimal import Decimal

    from ictsite.data.rounding import decimals
    html = ledger(ds, "ko", None)
    for c in ds.claims.to_dict("records"):
        if c["unit"] != "percent" or not c["computed_low"] or c["computed_low"] == c["computed_high"]:
            continue
        row = html[html.index(f'<tr id="claim-{c["id"]}"'):]
        cell = re.findall(r"<td>(.*?)</td>", row[:row.index("</tr>")])[1]
        lo, hi = (Decimal(x) for x in re.fullmatch(r"([\d.]+)–([\d.]+)%", cell).groups())
        places = decimals(c["claimed"]) + 1
        assert max(decimals(str(lo)), decimals(str(hi))) <= places, (c["id"], cell)
        assert lo <= Decimal(c["computed_low"]) and hi >= Decimal(c["computed_high"]), (c["id"], cell)


def test_the_downloads_and_the_dictionary_come_from_the_dataset_it_is_given(ds):
    """Not from a datapackage.json at the default path: a build from another data/ lists its own."""
    from ictsite.site.datapage import dictionary, downloads
    package = {"resources": [{"name": "only_here", "path": "only-here.csv", "title": "x", "title_en": "Only here",
                              "schema": {"fields": [{"name": "only_field", "type": "string"}]}}]}
    other = dataclasses.replace(ds, package=package)

    class Page:
        @staticmethod
        def root(lang):
            return "../"

    assert "only-here.csv" in downloads(other, "en", Page) and "only-here.csv" not in downloads(ds, "en", Page)
    assert "only_field" in dictionary(other, "en", Page)
