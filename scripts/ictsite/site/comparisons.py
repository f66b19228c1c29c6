"""Comparative statements the story makes in words ("the largest", "only", "more than half").

A template states one by calling `holds("name")` next to the sentence: it prints nothing while the
data bear the statement out, and stops the build, naming the template and the statement, when they
no longer do. So a new release or a corrected cell can never leave a page asserting a ranking the
data have overturned; the sentence has to be rewritten first.
"""
from __future__ import annotations

from typing import Callable

from ..data import Dataset

TOTAL = "total"


class ComparisonFailed(Exception):
    pass


def _industries(ds: Dataset) -> list[str]:
    return [c for c in ds.labels[ds.labels.dimension == "industry"].code if c != TOTAL]


def _ind(ds: Dataset, code: str) -> float:
    return ds.value("trade_type", code, TOTAL)


def _ranked(values: dict[str, float]) -> list[str]:
    return sorted(values, key=lambda k: (-values[k], k))


def _sme_share(ds: Dataset, industry: str) -> float:
    sme = sum(ds.value("firm_size", industry, s) for s in ("medium", "small"))
    return sme / ds.value("firm_size", industry, TOTAL)


def _regions_of(ds: Dataset, industry: str) -> dict[str, float]:
    codes = [c for c in ds.labels[ds.labels.dimension == "region"].code if c != TOTAL]
    return {c: ds.value("region", industry, c) for c in codes}


def _europe_share(ds: Dataset, industry: str) -> float:
    return ds.value("region", industry, "europe") / ds.value("region", industry, TOTAL)


def _sizes_of(ds: Dataset, industry: str) -> dict[str, float]:
    codes = [c for c in ds.labels[ds.labels.dimension == "firm_size"].code if c != TOTAL]
    return {c: ds.value("firm_size", industry, c) for c in codes}


def _largest_type_share_high(ds: Dataset, industry: str) -> float:
    """The largest type of trade's share of an industry's exports, at the top of what the printed
    cells allow (each off by up to half their last digit)."""
    types = [c for c in ds.labels[ds.labels.dimension == "trade_type"].code if c != TOTAL]
    half = 0.05
    return max(ds.value("trade_type", industry, c) + half for c in types) / (
        ds.value("trade_type", industry, TOTAL) - half)


def _top_region_everywhere_but(ds: Dataset) -> list[str]:
    return [i for i in _industries(ds) if _ranked(_regions_of(ds, i))[0] != "asia"]


# name -> (what the sentence claims, test on the data, what the data show instead)
STATEMENTS: dict[str, tuple[str, Callable[[Dataset], bool], Callable[[Dataset], str]]] = {
    "games-largest-industry": (
        "game software exports more than any other industry",
        lambda ds: _ranked({i: _ind(ds, i) for i in _industries(ds)})[0] == "game_software",
        lambda ds: f"the largest is {_ranked({i: _ind(ds, i) for i in _industries(ds)})[0]}"),
    "four-industries-most-exports": (
        "games, packaged software, IT services and digital content earn more than half of exports",
        lambda ds: sum(_ind(ds, i) for i in ("game_software", "package_software", "it_services",
                                             "digital_content")) > _ind(ds, TOTAL) / 2,
        lambda ds: "they earn half or less"),
    "telecom-broadcasting-information-under-half-games": (
        "telecommunications, broadcasting and information services together earn less than half of games",
        lambda ds: sum(_ind(ds, i) for i in ("telecom", "broadcasting", "information")) < _ind(ds, "game_software") / 2,
        lambda ds: "they earn half of games or more"),
    "package-software-highest-sme-share": (
        "packaged software has the highest SME share of any industry",
        lambda ds: _ranked({i: _sme_share(ds, i) for i in _industries(ds)})[0] == "package_software",
        lambda ds: f"the highest is {_ranked({i: _sme_share(ds, i) for i in _industries(ds)})[0]}"),
    "package-software-sme-over-half": (
        "SMEs earn more than half of packaged-software exports",
        lambda ds: _sme_share(ds, "package_software") > 0.5,
        lambda ds: f"they earn {_sme_share(ds, 'package_software'):.1%}"),
    "package-software-highest-europe-share": (
        "packaged software sends a larger share of its exports to Europe than any other industry",
        lambda ds: _ranked({i: _europe_share(ds, i) for i in _industries(ds)})[0] == "package_software",
        lambda ds: f"the highest is {_ranked({i: _europe_share(ds, i) for i in _industries(ds)})[0]}"),
    "game-led-by-midsized": (
        "mid-sized enterprises earn more of game exports than any other firm size",
        lambda ds: _ranked(_sizes_of(ds, "game_software"))[0] == "midsized",
        lambda ds: f"the largest is {_ranked(_sizes_of(ds, 'game_software'))[0]}"),
    "content-led-by-cultural-services": (
        "digital content's largest type of trade is personal, cultural and recreational services",
        lambda ds: _ranked({c: ds.value("trade_type", "digital_content", c) for c in
                            ("ip_charges", "telecom_computer_information", "personal_cultural_recreational",
                             "professional_business")})[0] == "personal_cultural_recreational",
        lambda ds: "another type is larger"),
    "package-information-no-type-over-half": (
        "packaged software, information services and digital content are the industries where no single "
        "type of trade earns half of exports, even at the top of the rounding range",
        lambda ds: {i for i in _industries(ds) if _largest_type_share_high(ds, i) < 0.5}
        == {"package_software", "information", "digital_content"},
        lambda ds: "the industries where no type reaches half are "
        + ", ".join(i for i in _industries(ds) if _largest_type_share_high(ds, i) < 0.5)),
    "regions-asia-north-america-europe": (
        "Asia buys the most, then North America, then Europe, ahead of every other region",
        lambda ds: _ranked(_regions_of(ds, TOTAL))[:3] == ["asia", "north_america", "europe"],
        lambda ds: f"the order is {', '.join(_ranked(_regions_of(ds, TOTAL)))}"),
    "asia-over-half": (
        "Asia takes more than half of all exports",
        lambda ds: ds.value("region", TOTAL, "asia") > ds.value("region", TOTAL, TOTAL) / 2,
        lambda ds: "Asia takes half or less"),
    "asia-top-except-telecom": (
        "Asia is the largest market of every industry except telecommunications, where North America leads",
        lambda ds: _top_region_everywhere_but(ds) == ["telecom"]
        and _ranked(_regions_of(ds, "telecom"))[0] == "north_america",
        lambda ds: f"industries not led by Asia: {', '.join(_top_region_everywhere_but(ds)) or 'none'}"),
    "north-america-deficit": (
        "imports from North America exceed exports to it",
        lambda ds: ds.fact("north_america_imports") > ds.value("region", TOTAL, "north_america"),
        lambda ds: "exports are at least as large"),
    "large-midsized-lead": (
        "large and mid-sized enterprises together earn more than all smaller firms",
        lambda ds: ds.value("firm_size", TOTAL, "large") + ds.value("firm_size", TOTAL, "midsized")
        > ds.value("firm_size", TOTAL, TOTAL) / 2,
        lambda ds: "they earn half or less"),
}


def check(ds: Dataset, name: str, template: str) -> str:
    """'' if the statement holds; otherwise ComparisonFailed naming the template and the statement."""
    if name not in STATEMENTS:
        raise ComparisonFailed(f"{template}: holds({name!r}) names no statement in "
                               "scripts/ictsite/site/comparisons.py")
    claim, test, instead = STATEMENTS[name]
    if not test(ds):
        raise ComparisonFailed(f"{template}: the text says {claim} ({name}), but data/ no longer "
                               f"shows it: {instead(ds)}. Rewrite the sentence, then the statement.")
    return ""
