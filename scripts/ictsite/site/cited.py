"""Figures the story cites from a release of another scope (kind `cited` in data/releases.csv).

Such a release has no page of its own: a template names one of its prose facts and gets it
formatted like the article's stated amounts, and names the release to attribute it (publisher,
title, date, where this project read it). Every word of attribution comes from data/releases.csv.
"""
from __future__ import annotations

from ..charts.words import date_text
from ..data import Dataset
from .. import pages as P
from .numbers import stated, format_quantity


def _release(ds: Dataset, release_id: str) -> dict:
    rows = ds.releases[ds.releases.id == release_id]
    if rows.empty or rows.iloc[0]["kind"] != "cited":
        raise KeyError(f"no release of kind cited with id {release_id!r} in data/releases.csv")
    return rows.iloc[0].to_dict()


def cited_fact(ds: Dataset, lang: str, page: P.Page, release_id: str, fact_id: str) -> str:
    """An amount (억 달러) as the cited release printed it, in the page's language."""
    rel = _release(ds, release_id)
    text = ds.fact_text(fact_id, release=release_id, period=rel["periods"].split()[0])
    return format_quantity(stated(text, "stated_money"), lang)


def cited_info(ds: Dataset, lang: str, page: P.Page, release_id: str, key: str) -> str:
    """publisher, title, published (a date in the page's language), year, source_url."""
    rel = _release(ds, release_id)
    if key in ("publisher", "title"):
        return str(rel[f"{key}_{lang}"])
    if key == "published":
        return date_text(str(rel["published"]), lang)
    if key == "year":
        return rel["periods"].split()[0]
    if key == "source_url":
        return str(rel["source_url"])
    raise KeyError(f"cited_info: unknown key {key!r}")
