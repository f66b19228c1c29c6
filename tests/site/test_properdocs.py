"""ProperDocs (a maintained continuation of MkDocs 1.x) builds both languages from the same
configuration into the same site: the same files, byte for byte, apart from the generator tag."""
from __future__ import annotations

import os
import subprocess

from ictsite.paths import ROOT
from ictsite.site import engine


def test_a_properdocs_build_matches_the_mkdocs_build(site_dir, tmp_path, monkeypatch):
    # The dates in the sitemaps come from SOURCE_DATE_EPOCH, which the Makefile takes from the commit.
    commit_time = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", os.environ.get("SOURCE_DATE_EPOCH") or commit_time.stdout.strip() or "0")
    engine.build(tmp_path / "site", engine="properdocs")
    assert engine.differences(site_dir, tmp_path / "site") == []
    generator = (tmp_path / "site/en/index.html").read_text(encoding="utf-8")
    assert 'name="generator" content="mkdocs-ProperDocs 1.6.' in generator


def test_the_comparison_sees_a_missing_file_and_a_changed_page(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for d, text in ((a, "<p>one</p>"), (b, "<p>two</p>")):
        d.mkdir()
        (d / "index.html").write_text(f'<meta name="generator" content="{d.name}">{text}')
    (a / "sitemap.xml").write_text("<urlset/>")
    assert engine.differences(a, b) == [f"only in {a}: sitemap.xml", "differs: index.html"]
    (b / "index.html").write_text('<meta name="generator" content="b"><p>one</p>')
    (a / "sitemap.xml").unlink()
    assert engine.differences(a, b) == []
