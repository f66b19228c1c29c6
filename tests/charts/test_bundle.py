"""The vendored plotly.js: the version plotly.py ships, with its provenance, and reproducible."""
import re
import shutil
import subprocess

import pytest
from plotly.offline import get_plotlyjs_version

from ictsite.charts.paths import PLOTLY_BUNDLE, PLOTLY_VERSION
from ictsite.paths import DOCS, ROOT

BUNDLE = DOCS / PLOTLY_BUNDLE
NODE_MODULES = ROOT / "scripts/node/node_modules"


def test_version_matches_plotly_py():
    assert PLOTLY_VERSION == get_plotlyjs_version()


def test_header_records_how_it_was_made():
    head = BUNDLE.read_text(encoding="utf-8")[:800]
    assert f"plotly.js v{PLOTLY_VERSION}" in head
    assert "GENERATED FILE" in head and "build.mjs" in head and "esbuild@" in head
    assert re.search(r"sha256:[0-9a-f]{64}", head)


def test_no_other_host_is_contacted_by_default():
    # MathJax and topojson URLs exist in plotly's code paths; our charts use neither, and the
    # bundle must not contain a hard-wired CDN script loader beyond those.
    text = BUNDLE.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in text and "mathjax.org" not in text.lower()


@pytest.mark.skipif(not (NODE_MODULES / "plotly.js").exists() or not shutil.which("node"),
                    reason="bundle tools not installed (npm ci --prefix scripts/node)")
def test_rebuild_gives_the_committed_bytes():
    result = subprocess.run(["node", str(ROOT / "scripts/ictsite/charts/plotly_bundle/build.mjs"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout
