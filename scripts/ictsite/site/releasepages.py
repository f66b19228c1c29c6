"""Release pages (/releases/<slug>/), the releases index and the overview's latest-release card.

Everything here is computed from data/: which breakdowns a release has, what it leaves unpublished,
its change on the same period a year earlier. The story pages stay the article's edition; only the
card on the overview follows the newest release, and it points to that release's own page.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .. import fmt
from .. import pages as P
from ..charts.release_charts import SLUG_OF_DIMENSION, release_charts
from ..charts.words import cited_title, date_text, inline_label, listing, period_label
from ..quantity import approx_money, money_range
from ..data import Dataset
from ..data import releases as R
from ..data.schema import ARTICLE_RELEASE
from ..lang import t


def _md_link(from_page: P.Page, to_page: P.Page) -> str:
    """A link between source files, which MkDocs resolves per language and checks (strict)."""
    return "../" * from_page.file.count("/") + to_page.file


def release_pages(ds: Dataset) -> list[P.Page]:
    return [P.release_page(v.slug) for v in R.release_views(ds) if v.id != ARTICLE_RELEASE]


def site_pages(ds: Dataset) -> tuple[P.Page, ...]:
    """Every public page: the fixed ones, then one per release (newest first)."""
    return (*P.PAGES, *release_pages(ds))


def view_of(ds: Dataset, page: P.Page) -> R.ReleaseView:
    return next(v for v in R.release_views(ds) if P.release_page(v.slug) == page)


@dataclass(frozen=True)
class Section:
    heading: str
    anchor: str
    chart: str


def _money(a: R.Amount, lang: str) -> str:
    return approx_money(a, lang) if a.derived else fmt.money(float(a.shown), lang)


def _change_note(ds: Dataset, v: R.ReleaseView, flow: str, lang: str, keys: str = "release.change") -> str:
    now, before = R.total(ds, v, flow), R.previous(ds, v, flow)
    if now is None:
        return t(lang, "release.not_published")
    if before is None:
        return ""
    printed = R.growth(ds, v, flow)
    # Inside the note's own brackets a derived amount gives its range after a comma, not in
    # brackets of its own: "(H1 2024, about USD 1.06 billion, range USD 1.05–1.07 billion)".
    prev = (t(lang, "release.about_inner", value=fmt.money(float(before.shown), lang), range=money_range(before, lang))
            if before.derived else _money(before, lang))
    words = dict(prev=prev, prev_period=period_label(R.year_before(v.period), lang))
    if printed is not None:
        key = f"{keys}_printed_up" if float(printed) >= 0 else f"{keys}_printed_down"
        return t(lang, key, rate=fmt.percent(abs(float(printed)), lang, 1), **words)
    ch = R.change_percent(now, before)
    key = f"{keys}_up" if ch.point >= 0 else f"{keys}_down"
    return t(lang, key, rate=fmt.percent(abs(float(ch.point)), lang, 0), **words)


def key_figures(ds: Dataset, lang: str, page: P.Page) -> str:
    v = view_of(ds, page)
    cards = []
    for flow in ("exports", "imports", "balance"):
        now = R.total(ds, v, flow)
        value = _money(now, lang) if now else "—"
        cards.append("\n".join([
            '<div class="ict-keyfigure" markdown="1">',
            f'<span class="ict-keyfigure__label">{escape(t(lang, f"release.flow.{flow}"))}</span>',
            f'<span class="ict-keyfigure__value">{escape(value)}</span>',
            f'<span class="ict-keyfigure__note">{escape(_change_note(ds, v, flow, lang))}</span>',
            "</div>"]))
    return '<div class="ict-keyfigures" markdown="1">\n\n' + "\n\n".join(cards) + "\n\n</div>"


def sections(ds: Dataset, lang: str, page: P.Page) -> list[Section]:
    v = view_of(ds, page)
    return [Section(t(lang, f"release.section.{c.dimension}"), f"by-{SLUG_OF_DIMENSION[c.dimension]}", c.id)
            for c in release_charts(ds) if c.release == v.id]


def unknowns(ds: Dataset, lang: str, page: P.Page) -> str:
    """What the release does not say, as a Markdown list."""
    v = view_of(ds, page)
    items = []
    for period in v.periods:
        balance = R.total(ds, v, "balance", period)
        if balance is not None and balance.derived:  # known only as exports less imports
            items.append(t(lang, "release.unknown.balance", period=period_label(period, lang)))
    for dim in R.BREAKDOWNS:
        parts = R.breakdown(ds, v, dim)
        missing = [inline_label(ds, dim, p.code, lang) for p in parts if p.status == "not_published"]
        if missing:
            items.append(t(lang, "release.unknown.categories", dimension=t(lang, f"release.section.{dim}"),
                           names=listing(missing, lang)))
        if parts and not any(p.value for p in parts if p.status == "published"):
            items.append(t(lang, "release.unknown.amounts", dimension=t(lang, f"release.section.{dim}")))
    items.append(t(lang, "release.unknown.other"))
    return "\n".join(f"- {i}" for i in items)


def info(ds: Dataset, lang: str, page: P.Page, key: str) -> str:
    """A release's own fields (title, publisher, dates, caveat) and its period, for the template."""
    v = view_of(ds, page)
    if key == "period":
        return period_label(v.period, lang)
    if key in ("title", "publisher", "caveat"):
        return v.text(key, lang)
    if key == "source_link":  # where the figures were read, by name, as a Markdown link
        return f"[{v.text('source_name', lang)}]({v.row['source_url']})" if v.row["source_url"] else ""
    if key in ("published_text", "transcribed_text"):  # a date as the page's language writes it
        iso = v.row[key.removesuffix("_text")]
        return date_text(str(iso), lang) if iso else ""
    if key == "title_cited":
        # As the article is cited: its own (Korean) title, and in English our translation after it.
        return cited_title(v, lang)
    if key == "is_half":
        return "yes" if v.is_half else ""
    return str(v.row[key] or "")


def releases_list(ds: Dataset, lang: str, page: P.Page) -> str:
    """The releases index: newest first, each with its period, publisher and page."""
    lines = []
    for v in R.release_views(ds):
        target = P.BY_SLUG["index"] if v.id == ARTICLE_RELEASE else P.release_page(v.slug)
        href = _md_link(page, target)
        date = f", {date_text(str(v.row['published']), lang)}" if v.row["published"] else ""
        lines.append(f"- [{period_label(v.period, lang)}: {cited_title(v, lang)}]({href}) — "
                     f"{v.text('publisher', lang)}{date}")
    return "\n".join(lines)


def latest_card(ds: Dataset, lang: str, page: P.Page) -> str:
    """The overview's pointer to the newest release: the one part of the story pages that moves with
    new data, by design. Its figures are cited from the release's own page, which keeps them."""
    v = R.latest(ds)
    if v.id == ARTICLE_RELEASE:
        return ""
    target = P.release_page(v.slug)
    now = R.total(ds, v, "exports")
    body = t(lang, "release.card.text", period=period_label(v.period, lang),
             publisher=v.text("publisher", lang), exports=_money(now, lang),
             change=_change_note(ds, v, "exports", lang, keys="release.card.change"))
    link = _md_link(page, target)
    return "\n".join([
        '<aside class="ict-latest" markdown="1">',
        "",
        f'**{t(lang, "release.card.label")}** {body} [{t(lang, "release.card.link")}]({link})',
        "",
        "</aside>",
    ])
