"""Two builds from the same sources give identical files (pages, notebook, search, sitemap).

Both builds run `make site` in a copy of the repository (tests/conftest.py: moved_build), cold
each time: nothing is written into this checkout's docs/ or site/.
"""
from __future__ import annotations

import filecmp

import pytest

from ..conftest import build_site

pytestmark = pytest.mark.build


def differing(a, b, rel="") -> list[str]:
    cmp = filecmp.dircmp(a, b)
    out = [f"{rel}{n}" for n in cmp.left_only + cmp.right_only + cmp.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    out += [f"{rel}{n}" for n in mismatch + errors]
    for d in cmp.common_dirs:
        out += differing(a / d, b / d, f"{rel}{d}/")
    return out


def test_two_builds_are_byte_identical(moved_build):
    again = build_site(moved_build.src)
    assert differing(moved_build.site, again) == []
