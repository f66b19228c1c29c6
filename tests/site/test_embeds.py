"""Every chart has a chart-only page for iframes in both languages, and a share menu pointing at it."""
from __future__ import annotations

import re

import pytest

from ictsite.charts import CHARTS
from ictsite.lang import LANGS, prefix
from ictsite.site import manifest
from ictsite.site.embeds import embed_path, story_page

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


@pytest.mark.parametrize("chart_id,lang", CASES, ids=[f"{lang}:{c}" for c, lang in CASES])
def test_share_menu_offers_the_permalink_and_iframe_code(site_dir, chart_id, lang):
    page = story_page(CHARTS[chart_id])
    text = manifest.page_file(site_dir, page.path, lang).read_text(encoding="utf-8")
    menu = re.search(r'<details class="ict-sharemenu">.*?</details>', text[text.index(f'id="{chart_id}"'):], re.S).group(0)
    assert re.search(rf'href="https://[^"]+/{prefix(lang)}{page.path.lstrip("/")}#{chart_id}"', menu)
    code = re.sub(r"<[^>]+>", "", menu[menu.index("<code"):])  # the highlighted iframe code, as text
    assert re.search(rf'&lt;iframe src="https://\S+/{prefix(lang)}embed/{chart_id}/"', code)
