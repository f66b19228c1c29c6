"""Category names inside English sentences, and lists read as phrases."""
from __future__ import annotations

from ictsite.charts.words import inline_label, listing
from ictsite.lang import catalogue, t

from .helpers import dataset


def test_a_label_inside_an_english_sentence_is_lower_case_except_places_and_acronyms():
    ds = dataset()
    for r in ds.labels.itertuples(index=False):
        inline = inline_label(ds, r.dimension, r.code, "en")
        assert inline_label(ds, r.dimension, r.code, "ko") == r.ko
        if f"label.inline.{r.dimension}.{r.code}" in catalogue("en"):
            assert inline == t("en", f"label.inline.{r.dimension}.{r.code}") != r.en
        elif r.dimension == "region" and r.code != "other":
            assert inline == r.en  # a place keeps its capitals
        elif r.en[1:2].isupper():
            assert inline == r.en  # "IT services"
        else:
            assert inline == r.en[0].lower() + r.en[1:] and inline != r.en


def test_a_list_reads_as_a_phrase_in_each_language():
    assert listing(["A", "B", "C"], "en") == "A, B and C"
    assert listing(["통신", "방송"], "ko") == "통신·방송"
    assert listing(["A"], "en") == "A"
