"""Tables wrapped at build time: Material must not wrap them again, and must still style them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import tinycss2

import material
from ictsite import paths
from ictsite.site.scrollwrap import WRAPPED, wrapped_table

MATERIAL_CSS = next((Path(material.__file__).parent / "templates/assets/stylesheets").glob("main.*.min.css"))
SITE_CSS = paths.ROOT / "docs/assets/css/site.css"


def _rules(css: str, keep) -> set[str]:
    """Qualified rules (inside @media too) whose selector `keep` accepts, whitespace-normalised."""
    out = set()

    def walk(nodes, media=""):
        for node in nodes:
            if node.type == "qualified-rule":
                selector = re.sub(r"\s+", " ", tinycss2.serialize(node.prelude)).strip()
                selector = re.sub(r"\s*([>+~,])\s*", r"\1", selector)
                if keep(selector):
                    body = re.sub(r"\s+", " ", tinycss2.serialize(node.content)).strip()
                    body = re.sub(r"\s*([:;,])\s*", r"\1", body).rstrip(";")
                    out.add(f"{media}{selector}{{{body}}}")
            elif node.type == "at-rule" and node.lower_at_keyword == "media" and node.content:
                query = re.sub(r"\s+", " ", tinycss2.serialize(node.prelude)).strip()
                walk(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True),
                     f"@media {query} ")

    walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return out


def test_site_css_repeats_materials_table_rules_for_wrapped_tables():
    material_rules = _rules(MATERIAL_CSS.read_text(encoding="utf-8"), lambda s: "table:not([class])" in s)
    assert len(material_rules) >= 10, "Material's table rules not found: has its stylesheet changed?"
    wanted = {r.replace("table:not([class])", f"table.{WRAPPED}") for r in material_rules}
    # The copies, not our own rules for particular tables (.md-typeset .ict-table table.ict-wrapped …).
    copy = re.compile(rf"(\[dir=rtl\] )?\.md-typeset table\.{WRAPPED}\b")
    ours = _rules(SITE_CSS.read_text(encoding="utf-8"), copy.match)
    assert wanted - ours == set(), "site.css lacks Material's table rules for ict-wrapped (copy them again)"
    assert ours - wanted == set(), "site.css has ict-wrapped table rules Material does not have"


def test_a_wrapped_table_is_a_named_focusable_region_material_leaves_alone():
    html = wrapped_table("<tbody><tr><td>1</td></tr></tbody>", labelledby="cap", wrapper_class="x", table_id="t")
    assert html.startswith('<div class="md-typeset__scrollwrap x" role="region" tabindex="0" aria-labelledby="cap">')
    assert f'<table class="{WRAPPED}" id="t">' in html
    assert 'aria-label="a &amp; b"' in wrapped_table("", label="a & b")


@pytest.mark.parametrize("names", [{}, {"labelledby": "a", "label": "b"}])
def test_a_scroll_box_needs_exactly_one_name(names):
    with pytest.raises(ValueError):
        wrapped_table("", **names)


def test_every_built_scroll_box_holds_a_table_material_will_not_wrap_again(site_dir):
    boxes = 0
    for f in site_dir.rglob("*.html"):
        text = f.read_text(encoding="utf-8")
        for m in re.finditer(r'<div class="md-typeset__scrollwrap[^"]*"[^>]*><div class="md-typeset__table">(<table[^>]*>)',
                             text):
            boxes += 1
            assert re.search(r'\bclass="', m.group(1)), f"{f.relative_to(site_dir)}: {m.group(1)} would be wrapped twice"
    assert boxes >= 20
