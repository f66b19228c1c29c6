"""chart_html: the block pages embed, checked as parsed HTML."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ictsite.charts import CHARTS, chart_html
from ictsite.charts.paths import PLOTLY_BUNDLE
from ictsite.cite.release import site_url
from ictsite.lang import LANGS, prefix

from .helpers import dataset

VOID = {"br", "img", "input", "meta", "link", "hr", "rect", "line"}


class Tree(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.elements, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


ROOTS = {"ko": ("", "../"), "en": ("../", "../../")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cid", list(CHARTS))
def test_block_has_everything_a_reader_needs(cid, lang):
    ds = dataset()
    for root in ROOTS[lang]:
        html = chart_html(ds, cid, lang, root, site_url())
        assert "\n\n" not in html, "a blank line would end the raw HTML block in Markdown"
        tree = parse(html)
        tag, fig = tree.elements[0]
        assert tag == "figure" and fig["id"] == cid
        assert fig["data-ict-spec"] == f"{root}{prefix(lang)}charts/{cid}.json"
        assert fig["data-ict-plotly"] == f"{root}{PLOTLY_BUNDLE}"
        height = CHARTS[cid].model(ds, lang).height
        plots = [a for t, a in tree.elements if a.get("class") == "ict-chart__plot"]
        assert plots and plots[0]["style"] == f"height:{height}px"
        tags = [t for t, _ in tree.elements]
        for needed in ("figcaption", "svg", "details", "summary", "table", "caption", "th"):
            assert needed in tags, needed
        scopes = {a.get("scope") for t, a in tree.elements if t == "th"}
        assert scopes == {"col", "row"}
        links = [a["href"] for t, a in tree.elements if t == "a"]
        assert f"#{cid}" in links
        assert f"{root}{prefix(lang)}charts/{cid}.csv" in links
        assert f"{root}{prefix(lang)}embed/{cid}/" in links
        # One toolbar holds the chart's options: its link, its CSV and its embed code, and they
        # are the only links to the anchor and the CSV in the block.
        bars = [i for i, (t, a) in enumerate(tree.elements) if a.get("class") == "ict-tools"]
        assert len(bars) == 1 and tree.elements[bars[0]][1]["role"] == "group"
        inside = tree.elements[bars[0]:]
        assert links.count(f"#{cid}") == 1 and links.count(f"{root}{prefix(lang)}charts/{cid}.csv") == 1
        assert [a["href"] for t, a in inside if t == "a"][:2] == [f"#{cid}", f"{root}{prefix(lang)}charts/{cid}.csv"]
        assert any(t == "details" and a.get("class") == "ict-tools__embed" for t, a in inside)
        assert any(t == "button" and a.get("type") == "button" for t, a in inside)
        text = " ".join(tree.text)
        assert CHARTS[cid].title(lang, ds) in text and CHARTS[cid].describe(ds, lang) in text
        assert ("출처" in text) if lang == "ko" else ("Source:" in text)
        ids = [a["id"] for _, a in tree.elements if "id" in a]
        assert len(ids) == len(set(ids))
        # only the figure itself is a chart-… anchor; inner ids must not look citable
        assert [i for i in ids if i.startswith("chart-")] == [cid]


def test_table_numbers_are_formatted_in_the_language():
    ds = dataset()
    ko = chart_html(ds, "chart-industry-mix", "ko", "", site_url())
    en = chart_html(ds, "chart-industry-mix", "en", "../", site_url())
    games = ds.value("trade_type", "game_software", "total")
    share = f"{games / ds.value('trade_type', 'total', 'total') * 100:.1f}"
    assert f'<td class="ict-n">{games:.1f}</td>' in ko and f'<td class="ict-n">{games / 10:.2f}</td>' in en
    assert share in ko and share in en


def test_a_release_chart_block_offers_no_embed_code():
    """A release's charts have no embed page: the toolbar keeps the link and the CSV only."""
    from ictsite.charts.release_charts import release_charts
    ds = dataset()
    charts = release_charts(ds)
    assert charts, "the data has a release with breakdowns"
    for chart in charts:
        for lang in LANGS:
            tree = parse(chart_html(ds, chart.id, lang, "../../", site_url()))
            classes = [a.get("class") for _, a in tree.elements]
            assert classes.count("ict-tools") == 1 and "ict-tools__embed" not in classes
            links = [a["href"] for t, a in tree.elements if t == "a"]
            assert f"#{chart.id}" in links and any(h.endswith(f"charts/{chart.id}.csv") for h in links)


@pytest.mark.parametrize("lang", LANGS)
def test_a_table_caption_names_a_unit_only_when_every_numeric_column_is_in_it(lang):
    """The SME table mixes amounts and shares: its caption carries no single unit (the column
    heads do). A table of shares alone keeps "(unit: %)"."""
    from ictsite.charts.html import table_caption, unit_text
    from ictsite.charts.registry import find_chart
    from ictsite.charts.specs import MONEY, TEXT
    ds = dataset()
    for chart_id in CHARTS:
        built = find_chart(ds, chart_id).built(ds, lang)
        units = {k if k in (MONEY, "count") else "percent"
                 for k in built.table.attrs["formats"].values() if k != TEXT}
        mixed = units != {built.unit if built.unit in (MONEY, "count") else "percent"}
        caption = table_caption("T", built, lang)
        assert caption == ("T" if mixed else f"T ({unit_text(built.unit, lang)})"), chart_id
    built = find_chart(ds, "chart-sme-share").built(ds, lang)
    assert table_caption("T", built, lang) == "T"
