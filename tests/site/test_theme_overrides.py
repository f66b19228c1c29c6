"""Theme overrides that copy Material's templates must stay copies, apart from what they change."""
from __future__ import annotations

import re
from pathlib import Path

import material

from ictsite import paths

MATERIAL = Path(material.__file__).parent / "templates"
OVERRIDES = paths.ROOT / "docs/overrides"


def _without_comments(template: str) -> str:
    return re.sub(r"\{#-?.*?-?#\}", "", template, flags=re.S).strip()


def test_the_palette_form_is_materials_with_our_marker_only():
    theirs = _without_comments((MATERIAL / "partials/palette.html").read_text(encoding="utf-8"))
    ours = _without_comments((OVERRIDES / "partials/palette.html").read_text(encoding="utf-8"))
    assert 'data-md-component="palette"' in theirs, "Material's palette form changed: re-check our copy"
    assert ours == theirs.replace('data-md-component="palette"', "data-ict-palette")


def test_the_palette_script_keeps_materials_storage_key():
    # Material's own inline script (emptied by our override) and ours read and write the same entry.
    theirs = (MATERIAL / "partials/javascripts/palette.html").read_text(encoding="utf-8")
    ours = (OVERRIDES / "partials/ict-palette.html").read_text(encoding="utf-8")
    assert '__md_get("__palette")' in theirs
    assert '__md_get("__palette")' in ours and '__md_set("__palette"' in ours


def test_materials_palette_script_is_replaced_by_an_empty_template():
    ours = (OVERRIDES / "partials/javascripts/palette.html").read_text(encoding="utf-8")
    assert _without_comments(ours) == ""


def test_every_override_says_why_it_exists_and_what_of_material_it_copies():
    for template in sorted(OVERRIDES.rglob("*.html")):
        text = template.read_text(encoding="utf-8")
        assert text.startswith("{#-"), f"{template.name}: starts without a comment saying why it exists"
        if (MATERIAL / template.relative_to(OVERRIDES)).exists() and _without_comments(text):
            assert "Material" in text.split("-#}")[0], f"{template.name}: does not say what of Material it copies"


def test_the_language_selector_is_materials_with_links_to_the_same_page():
    theirs = _without_comments((MATERIAL / "partials/alternate.html").read_text(encoding="utf-8")).splitlines()
    ours = _without_comments((OVERRIDES / "partials/alternate.html").read_text(encoding="utf-8")).splitlines()
    changed = [line.strip() for line in ours if line not in theirs]
    assert len(changed) == 2 and changed[0].startswith("{% set root =") and 'href="{{ root ~' in changed[1]
    assert len(ours) == len(theirs) + 1


def test_the_site_meta_block_is_materials_but_for_hreflang_and_the_classes_script():
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    theirs = re.search(r"{% block site_meta %}(.*?){% endblock %}", base, re.S).group(1).splitlines()
    main = (OVERRIDES / "main.html").read_text(encoding="utf-8")
    ours = re.search(r"{% block site_meta %}(.*?){% endblock %}", main, re.S).group(1).splitlines()
    gone = [line.strip() for line in theirs if line not in ours]
    assert gone[:1] == ["{% if config.extra.alternate is iterable %}"] and all("rss" in g or "alternate" in g
                                                                              or g.startswith("{%") for g in gone)
    added = [line.strip() for line in ours if line not in theirs]
    assert added[0].startswith("<script>document.documentElement.classList")
    assert sum('rel="alternate"' in a for a in added) == 3
