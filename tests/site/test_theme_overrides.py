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
