"""Every number the story's prose can cite, computed from the Dataset.

Templates never hold digits; they name a quantity here (`[[ n.exports_total ]]`) and get it
formatted for their language by `LocalNumbers`. Adding a quantity means adding it here,
where a test can see it.
"""
from __future__ import annotations

from decimal import Decimal

from ..data import Dataset
from ..data.rounding import decimals
from ..data.schema import STATUSES
from ..quantity import DECIMAL_SPREAD, Quantity, beside_claim, format_quantity, percent_range, share_quantity, stated


def _money(v) -> Quantity:
    return Quantity(float(v), "money")


def story_quantities(ds: Dataset) -> StoryQuantities:
    return StoryQuantities(ds)


class StoryQuantities(dict):
    """The story's quantities by name. The named ones below are computed at once; the families
    that cover every cell of the tables (`industry.<code>`, `<dim>.<code>.share`,
    `<dim>.<industry>.<category>.share_of_industry`, `claim.<id>`, ...) only when a template
    asks for one, so the build computes what the pages cite and nothing else. An unknown name
    raises KeyError. A dict: len() and iteration see the quantities computed so far."""

    def __init__(self, ds: Dataset):
        super().__init__(_named(ds))
        self._ds = ds

    def __missing__(self, name: str) -> Quantity:
        q = _family(self._ds, name)
        if q is None:
            raise KeyError(name)
        self[name] = q
        return q

    def __contains__(self, name: object) -> bool:
        try:
            self[name]
        except KeyError:
            return False
        return True


def _named(ds: Dataset) -> dict[str, Quantity]:
    q: dict[str, Quantity] = {"year": Quantity(ds.year, "year")}
    total = ds.value("trade_type", "total", "total")
    imports = ds.fact("imports_total")
    q["exports_total"] = _money(total)
    q["imports_total"] = _money(imports)
    q["balance"] = _money(_dec(total) - _dec(imports))
    q["exports_growth"] = stated(ds.fact_text("exports_growth"))
    q["imports_growth"] = stated(ds.fact_text("imports_growth"))

    game = ds.value("trade_type", "game_software", "total")
    q["game_top4_share"] = stated(ds.fact_text("game_top4_share"))
    it = ds.value("trade_type", "it_services", "total")
    q["it_services_ict.share_of_it"] = share_quantity(
        ds.value("trade_type", "it_services", "telecom_computer_information"), it)

    fs = lambda c: _dec(ds.value("firm_size", "total", c))  # noqa: E731
    sme = fs("medium") + fs("small")
    q["firm_size.sme"] = _money(sme)
    q["firm_size.sme.share"] = share_quantity(sme, total, 2)
    big = fs("large") + fs("midsized")
    q["firm_size.large_midsized"] = _money(big)
    q["firm_size.large_midsized.share"] = share_quantity(big, total, 2)
    q["firm_size.game_midsized.share_of_game"] = share_quantity(ds.value("firm_size", "game_software", "midsized"), game,
                                                        printed=ds.printed_share("firm_size", "game_software", "midsized"))
    q["firm_size.it_large.share_of_it"] = share_quantity(ds.value("firm_size", "it_services", "large"), it,
                                                 printed=ds.printed_share("firm_size", "it_services", "large"))
    pkg = ds.value("firm_size", "package_software", "total")
    pkg_sme = _sum(ds.value("firm_size", "package_software", c) for c in ("medium", "small"))
    q["firm_size.package_sme.share_of_package"] = share_quantity(pkg_sme, pkg, 2)

    rg = lambda c: _dec(ds.value("region", "total", c))  # noqa: E731
    top3 = rg("asia") + rg("north_america") + rg("europe")
    q["region.top3"] = _money(top3)
    q["region.top3.share"] = share_quantity(top3, total, 3)
    na_imports = ds.fact("north_america_imports")
    q["north_america_imports"] = _money(na_imports)
    q["north_america_deficit"] = _money(_dec(na_imports) - rg("north_america"))

    # Figures a report states (the article's footnote): shown with the precision given ("약 56억").
    q["ks_deficit_total"] = stated(ds.fact_text("ks_deficit_total"), "stated_money")
    q["ks_deficit_us"] = stated(ds.fact_text("ks_deficit_us"), "stated_money")
    q["ks_deficit_us_share"] = stated(ds.fact_text("ks_deficit_us_share"))
    q["wto_services_faster_than_goods"] = stated(ds.fact_text("wto_services_faster_than_goods"))
    q["wto_ict_services_growth"] = stated(ds.fact_text("wto_ict_services_growth"))
    q["oecd_services_share_of_trade"] = stated(ds.fact_text("oecd_services_share_of_trade"))
    q["sme_plan_firms"] = Quantity(ds.fact("sme_plan_firms"), "count")
    q["sme_plan_threshold"] = Quantity(ds.fact("sme_plan_threshold"), "usd")
    q.update(_story_details(ds))
    q.update(_leap(ds))
    return q


# Claims' units as quantity kinds: each claim's number as the article wrote it.
CLAIM_KINDS = {"100m_usd": "stated_money", "percent": "stated_percent", "firms": "count", "usd": "usd"}
SIZE_GROUPS = {"sme": ("medium", "small"), "large_midsized": ("large", "midsized")}


def _family(ds: Dataset, name: str) -> Quantity | None:
    """A quantity of one of the families over the tables' cells and the ledger, or None.

    industry.<industry>                          an industry's exports, and .share of all exports
    <dim>.<category>                             a category's exports (all industries), and .share
    <dim>.<industry>.<category>                  a cell, .share_of_industry (of the industry's
                                                 exports) and .share_of_category (of the category's)
    firm_size.<industry>.sme / .large_midsized   medium + small / large + mid-sized firms, and
                                                 .share_of_industry
    claim.<id>                                   a ledger claim's number as the article wrote it,
                                                 and .computed_range: what the tables allow
    """
    head, _, rest = name.partition(".")
    if head == "claim":
        claim_id, _, what = rest.partition(".")
        rows = ds.claims[ds.claims.id == claim_id]
        if len(rows) != 1 or what not in ("", "computed_range"):
            return None
        c = rows.iloc[0]
        if what == "computed_range":
            # The ledger's interval, widened to one decimal: a source's figure set against the tables.
            # One decimal more than the claim printed: enough to show whether it falls inside.
            # None (an unknown name, so the build stops naming it) where the ledger has no range.
            if c["unit"] != "percent" or not str(c["computed_low"]).strip():
                return None
            return percent_range(c["computed_point"], c["computed_low"], c["computed_high"], beside_claim(c["claimed"]))
        return stated(c["claimed"], CLAIM_KINDS[c["unit"]])
    parts = rest.split(".")
    cell = lambda dim, ind, cat: _cell(ds, dim, ind, cat)  # noqa: E731
    if head == "industry" and parts[0] != "total" and len(parts) <= 2:
        v = cell("trade_type", parts[0], "total")
        if v is None:
            return None
        if len(parts) == 1:
            return _money(v)
        return share_quantity(v, ds.value("trade_type", "total", "total")) if parts[1] == "share" else None
    if head not in ds.tables or "total" in parts:
        return None
    dim, total = head, ds.value("trade_type", "total", "total")
    if len(parts) == 1 or (len(parts) == 2 and parts[1] == "share"):
        v = cell(dim, "total", parts[0])
        if v is None:
            return None
        if len(parts) == 1:
            return _money(v)
        return share_quantity(v, total, printed=ds.printed_share(dim, "total", parts[0]))
    if dim == "firm_size" and parts[1] in SIZE_GROUPS and len(parts) <= 3:
        ind, sizes = parts[0], SIZE_GROUPS[parts[1]]
        whole = cell(dim, ind, "total")
        if whole is None:
            return None
        v = _sum(ds.value(dim, ind, s) for s in sizes)
        if len(parts) == 2:
            return _money(v)
        return share_quantity(v, whole, len(sizes)) if parts[2] == "share_of_industry" else None
    if len(parts) in (2, 3):
        ind, cat = parts[:2]
        v = cell(dim, ind, cat)
        if v is None:
            return None
        if len(parts) == 2:
            return _money(v)
        if parts[2] == "share_of_industry":
            return share_quantity(v, ds.value(dim, ind, "total"), printed=ds.printed_share(dim, ind, cat))
        if parts[2] == "share_of_category":
            return share_quantity(v, ds.value(dim, "total", cat))
    return None


def _cell(ds: Dataset, dim: str, industry: str, category: str) -> float | None:
    try:
        return ds.value(dim, industry, category)
    except KeyError:
        return None


def _leap(ds: Dataset) -> dict[str, Quantity]:
    """The article's year against the year before, derived from its growth rates (with range)."""
    from ..data import releases as R
    v = R.article(ds)
    q: dict[str, Quantity] = {"leap.prev_year": Quantity(int(R.year_before(v.period)), "year")}
    for flow in ("exports", "imports", "balance"):
        a = R.previous(ds, v, flow)
        q[f"leap.{flow}_prev"] = Quantity(float(a.shown), "approx_money", a)
    now, before = R.total(ds, v, "balance"), R.previous(ds, v, "balance")
    q["leap.balance_ratio"] = Quantity(float(now.point / before.point), "ratio")
    return q


def _dec(v) -> Decimal:
    return Decimal(str(v))


def _sum(values) -> Decimal:
    return sum((_dec(v) for v in values), Decimal(0))


def _printed_step(values) -> Decimal:
    """The finest step the tables print at (0.1 for values, 0.01 for shares), read off the data."""
    places = max(-_dec(v).normalize().as_tuple().exponent for v in values if v == v)
    return Decimal(1).scaleb(-max(places, 0))


def _story_details(ds: Dataset) -> dict[str, Quantity]:
    """Quantities the industry, firm-size, region, data and about pages cite."""
    q: dict[str, Quantity] = {}
    total = ds.value("trade_type", "total", "total")

    ind = lambda code: ds.value("trade_type", code, "total")  # noqa: E731
    groups = {
        # The article's triangle: games, software (packaged + IT services), digital content.
        "software": ("package_software", "it_services"),
        "core_four": ("game_software", "package_software", "it_services", "digital_content"),
        "telecom_broadcasting_information": ("telecom", "broadcasting", "information"),
    }
    for name, codes in groups.items():
        v = _sum(ind(c) for c in codes)
        q[f"industry.{name}"] = _money(v)
        q[f"industry.{name}.share"] = share_quantity(v, total, len(codes))

    tail = _sum(ds.value("firm_size", "total", s) for s in ("micro", "individual_other"))
    q["firm_size.micro_individual"] = _money(tail)
    q["firm_size.micro_individual.share"] = share_quantity(tail, total, 2)

    rg = lambda c: ds.value("region", "total", c)  # noqa: E731
    for name, codes in (("latin_america_middle_east", ("latin_america", "middle_east")),
                        ("emerging", ("latin_america", "middle_east", "other"))):
        v = _sum(rg(c) for c in codes)
        q[f"region.{name}"] = _money(v)
        q[f"region.{name}.share"] = share_quantity(v, total, len(codes))
    asia_culture = _sum(ds.value("region", c, "asia") for c in ("game_software", "digital_content"))
    q["region.asia.game_content.share_of_asia"] = share_quantity(asia_culture, rg("asia"), 2)
    # Software (packaged + IT services, the article's software corner) in exports to Europe.
    europe_software = _sum(ds.value("region", c, "europe") for c in groups["software"])
    q["region.europe.software"] = _money(europe_software)
    q["region.europe.software.share_of_europe"] = share_quantity(europe_software, rg("europe"), 2)

    # The knowledge-based services deficit with the US against the ICT services deficit with North
    # America: how many whole times the first holds the second, with the first at the bottom of
    # its stated precision ("약 56억") and the second at the top of its rounding range.
    us_text = ds.fact_text("ks_deficit_us")
    us_low = _dec(us_text) - Decimal(1).scaleb(-decimals(us_text)) / 2  # its printed digits: "56" is ±0.5
    na_high = _dec(ds.claim("regions-north-america-deficit")["computed_high"])
    q["ks_deficit_us.times_north_america_deficit"] = Quantity(int(us_low // na_high), "count")

    # How finely the article's tables are printed: values in 억 달러, shares as fractions
    # (a step of 0.01 is one percentage point).
    cells = [t[t.year == ds.year] for t in ds.tables.values()]
    q["rounding.value_step"] = _money(_printed_step(v for t in cells for v in t.value))
    share_step = (_printed_step(v for t in cells for v in t.share) * 100).normalize()
    q["rounding.share_step"] = Quantity(float(share_step), "percent", digits=max(-share_step.as_tuple().exponent, 0))
    q["rounding.decimal_spread"] = Quantity(float(DECIMAL_SPREAD), "points",
                                            digits=max(-DECIMAL_SPREAD.as_tuple().exponent, 0))

    # The ledger (each claim's own number is the `claim.<id>` family): what Europe's exports would
    # have to be for the article's Europe share to hold, and how many claims got each verdict.
    q["claim.regions-europe-share.implied_value"] = _money(
        _dec(ds.claim("regions-europe-share")["claimed"]) / 100 * _dec(total))
    q["claims.count"] = Quantity(len(ds.claims), "count")
    for status in STATUSES:
        q[f"claims.{status}"] = Quantity(int((ds.claims.status == status).sum()), "count")
    # The claims the tables can check at all (every status but external): the ones recomputed.
    q["claims.recomputed"] = Quantity(int((ds.claims.status != "external").sum()), "count")
    return q


class LocalNumbers:
    """`n.exports_total` or `n['industry.game_software.share']` in a template, formatted for one language.

    An unknown name raises, so a typo in a template fails the build instead of printing nothing.
    """

    def __init__(self, quantities: dict[str, Quantity], lang: str):
        self._q = quantities
        self._lang = lang

    def __getitem__(self, name: str) -> str:
        if name not in self._q:
            raise KeyError(f"no story quantity named {name!r}; add it to scripts/ictsite/site/numbers.py")
        return format_quantity(self._q[name], self._lang)

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]
