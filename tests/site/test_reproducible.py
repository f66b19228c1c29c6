"""Two builds from the same commit give identical files (pages, notebook, search, sitemap)."""
from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys

from ictsite.paths import ROOT


def build(out) -> None:
    # The notebook cache would make the second build a copy of the first: start cold each time.
    shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    subprocess.run([sys.executable, "-m", "ictsite.site"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "ictsite.site.engine", "--dir", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True)


def differing(a, b, rel="") -> list[str]:
    cmp = filecmp.dircmp(a, b)
    out = [f"{rel}{n}" for n in cmp.left_only + cmp.right_only + cmp.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    out += [f"{rel}{n}" for n in mismatch + errors]
    for d in cmp.common_dirs:
        out += differing(a / d, b / d, f"{rel}{d}/")
    return out


def test_two_builds_are_byte_identical(tmp_path):
    build(tmp_path / "one")
    build(tmp_path / "two")
    assert differing(tmp_path / "one", tmp_path / "two") == []
