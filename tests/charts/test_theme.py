"""charts.css and theme.py must agree on the light palette the figures are built with."""
import re

from ictsite.charts.theme import LIGHT, css_var
from ictsite.paths import DOCS

CSS = (DOCS / "assets/css/charts.css").read_text(encoding="utf-8")


def _block(selector: str) -> str:
    m = re.search(re.escape(selector) + r"\s*\{(.*?)\}", CSS, re.S)
    assert m, selector
    return m.group(1)


def test_light_values_match_theme_py():
    light = dict(re.findall(r"(--ict-[a-z0-9]+):\s*([^;]+);", _block(".ict-chart")))
    for role, colour in LIGHT.items():
        if role == "bg":  # follows Material's page background in CSS
            continue
        assert light.get(css_var(role), "").lower() == colour.lower(), role


def test_every_role_has_a_dark_value():
    dark = dict(re.findall(r"(--ict-[a-z0-9]+):\s*([^;]+);", _block('[data-md-color-scheme="slate"] .ict-chart')))
    for role in LIGHT:
        if role != "bg":
            assert css_var(role) in dark, role


def test_light_colours_are_distinct_so_the_swap_is_unambiguous():
    # charts.js maps a light hex back to its role; two roles sharing a hex would share a dark value.
    colours = [c.lower() for c in LIGHT.values()]
    assert len(colours) == len(set(colours))
