"""Every chart has a chart-only page for iframes in both languages, and one toolbar offering its
link, its embed code (where it has an embed page) and its CSV."""
from __future__ import annotations

import html
import re

import pytest

from ictsite.charts import CHARTS
from ictsite.charts.release_charts import release_charts
from ictsite.cite.release import site_url
from ictsite.data import load_dataset
from ictsite.charts.tools import embed_path, story_page
from ictsite.lang import LANGS, prefix, t
from ictsite.site import manifest

DS = load_dataset()
CASES = [(cid, lang) for cid in CHARTS for lang in LANGS]


@pytest.mark.parametrize("chart_id,lang", CASES, ids=[f"{lang}:{c}" for c, lang in CASES])
def test_embed_page_has_the_chart_a_source_and_a_way_back(site_dir, chart_id, lang):
    f = manifest.page_file(site_dir, embed_path(chart_id), lang)
    text = f.read_text(encoding="utf-8")
    assert f'id="{chart_id}"' in text
    assert f'<html lang="{lang}"' in text
    assert "md-header" not in text and "md-sidebar" not in text and "md-footer" not in text
    assert "이학기" in text  # the source line credits the article's author in both languages
    back = re.search(r'<a href="([^"]+)" target="_top"', text).group(1)
    assert back.endswith(f"#{chart_id}")
    target = (f.parent / back.split("#")[0]).resolve() / "index.html"
    assert target == manifest.page_file(site_dir, story_page(CHARTS[chart_id]).path, lang).resolve()
    assert f'id="{chart_id}"' in target.read_text(encoding="utf-8")


def figure_of(text: str, chart_id: str) -> str:
    start = text.index(f'<figure class="ict-chart" id="{chart_id}"')
    return text[start:text.index("</figure>", start)]


def toolbar_of(figure: str) -> str:
    bars = re.findall(r'<div class="ict-tools".*?</details>\s*</div>|<div class="ict-tools"(?:(?!</details>).)*?</div>',
                      figure, re.S)
    assert len(bars) == 1, f"one toolbar per chart, found {len(bars)}"
    return bars[0]


def resolves(page_file, href: str):
    """The built file a relative link on page_file leads to."""
    target = (page_file.parent / href.split("#")[0]).resolve()
    return target / "index.html" if target.is_dir() else target


@pytest.mark.parametrize("chart_id,lang", CASES, ids=[f"{lang}:{c}" for c, lang in CASES])
def test_one_toolbar_offers_the_link_the_embed_code_and_the_csv(site_dir, chart_id, lang):
    page = story_page(CHARTS[chart_id])
    f = manifest.page_file(site_dir, page.path, lang)
    text = f.read_text(encoding="utf-8")
    assert "ict-sharemenu" not in text  # the old menu after the chart is gone
    bar = toolbar_of(figure_of(text, chart_id))
    public = f"{site_url()}{prefix(lang)}{page.path.lstrip('/')}#{chart_id}"
    # Link: to the anchor without JavaScript; the public address for cite.js to copy.
    assert f'<a class="ict-tools__item ict-tools__link" href="#{chart_id}"' in bar
    assert f'data-ict-url="{public}"' in bar
    assert f'aria-label="{t(lang, "tools.link_name")}"' in bar and t(lang, "tools.link") in t(lang, "tools.link_name")
    # CSV: a download of a file that exists.
    csv = re.search(r'<a class="ict-tools__item ict-chart__csv" href="([^"]+)" download="([^"]+)"', bar)
    assert csv and csv.group(2) == f"{chart_id}-{lang}.csv" and resolves(f, csv.group(1)).is_file()
    # Embed: the iframe code, readable without JavaScript, and the chart-only page it shows.
    code = html.unescape(re.search(r'<pre class="ict-tools__code"[^>]*>(.*?)</pre>', bar, re.S).group(1))
    assert code.startswith(f'<iframe src="{site_url()}{prefix(lang)}embed/{chart_id}/" ')
    assert f'title="{html.escape(CHARTS[chart_id].title(lang, DS))}"' in code
    embed = re.search(r'<a href="([^"]+)">' + re.escape(t(lang, "share.embed_page")), bar).group(1)
    assert resolves(f, embed) == manifest.page_file(site_dir, embed_path(chart_id), lang).resolve()
    # The group is named in the page's language.
    assert f'aria-label="{html.escape(t(lang, "tools.label", title=CHARTS[chart_id].title(lang, DS)))}"' in bar


RELEASE_CHARTS = [(c.id, c.page, lang) for c in release_charts(DS) for lang in LANGS]


@pytest.mark.parametrize("chart_id,path,lang", RELEASE_CHARTS, ids=[f"{lang}:{c}" for c, _, lang in RELEASE_CHARTS])
def test_a_release_chart_toolbar_offers_what_exists(site_dir, chart_id, path, lang):
    """A release's charts have no embed page: their toolbar has the link and the CSV, no embed code."""
    f = manifest.page_file(site_dir, path, lang)
    bar = toolbar_of(figure_of(f.read_text(encoding="utf-8"), chart_id))
    assert "ict-tools__embed" not in bar and "<iframe" not in bar
    assert f'href="#{chart_id}"' in bar
    csv = re.search(r'class="ict-tools__item ict-chart__csv" href="([^"]+)"', bar)
    assert resolves(f, csv.group(1)).is_file()
