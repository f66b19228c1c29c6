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
