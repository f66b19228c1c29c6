"""Moved pages keep their old URLs: the redirect map, its pages, and the manifest's memory."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from ictsite import pages as P
from ictsite import paths
from ictsite.cite.redirects import RedirectError, check, redirect_html, redirect_pages, relative
from ictsite.lang import LANGS, prefix
from ictsite.site import manifest
from ictsite.site.generate import BuildError, _release

from ..conftest import MOVED, SITE_PAGES

SITE = "https://pages.example/ict-trade-story/"
MANIFEST_PATH = manifest.MANIFEST.relative_to(paths.ROOT).as_posix()


def test_relative_links_work_under_any_sub_path():
    assert relative("/method/", "/data/#method-notes") == "../data/#method-notes"
    assert relative("/en/method/", "/en/data/") == "../data/"
    assert relative("/en/a/b/", "/en/") == "../../"
    assert relative("/old/", "/") == "../"


def test_check_names_every_kind_of_broken_redirect():
    anchors = manifest.load()["pages"]
    assert check({"/method/": "/data/#method-notes"}, anchors) == []
    problems = check({"/regions/": "/data/", "/x/": "/nowhere/", "/y/": "/data/#no-such", "Bad": "/data/"}, anchors)
    assert any("live page" in p for p in problems)
    assert any("'/nowhere/' is not a page" in p for p in problems)
    assert any("#no-such" in p for p in problems)
    assert any("'Bad'" in p for p in problems)
    with pytest.raises(RedirectError):
        redirect_pages({"/x/": "/nowhere/"}, SITE)


@pytest.mark.parametrize("lang", LANGS)
def test_redirect_page_sends_the_reader_on_in_their_language(lang):
    html = redirect_html(lang, "/method/", "/data/#method-notes", SITE)
    assert f'<html lang="{lang}">' in html
    assert f'<link rel="canonical" href="{SITE}{prefix(lang)}data/#method-notes">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<meta http-equiv="refresh" content="0; url=../data/#method-notes">' in html
    assert "location.replace" in html and "location.hash" in html
    assert html.index("location.replace") < html.index("http-equiv")  # JS first, keeps #fragments
    assert {"ko": "옮겨졌습니다", "en": "has moved"}[lang] in html


def test_one_page_per_language():
    pages = redirect_pages({"/method/": "/data/#method-notes"}, SITE)
    assert sorted(pages) == ["en/method/index.html", "method/index.html"]


def test_the_build_takes_the_manifests_redirects_and_refuses_a_broken_one(tmp_path, monkeypatch):
    promised = manifest.load()
    fixture = tmp_path / "url_manifest.yml"
    monkeypatch.setattr(manifest, "MANIFEST", fixture)

    def build_with(redirects: dict[str, str]):
        fixture.write_text(yaml.safe_dump(dict(promised, redirects=redirects)), encoding="utf-8")
        return _release()

    assert build_with(MOVED)[2] == MOVED
    with pytest.raises(BuildError, match="#no-such is not an anchor of /data/"):
        build_with({**MOVED, "/method/": "/data/#no-such"})


def _history() -> list[tuple[str, dict]]:
    git = shutil.which("git")
    if not git or not (paths.ROOT / ".git").exists():
        pytest.skip("not a git checkout: no earlier manifests to compare with")
    commits = subprocess.run([git, "log", "--format=%H", "--", MANIFEST_PATH], cwd=paths.ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    out = []
    for commit in commits:
        text = subprocess.run([git, "show", f"{commit}:{MANIFEST_PATH}"], cwd=paths.ROOT,
                              capture_output=True, text=True, check=True).stdout
        out.append((commit[:10], yaml.safe_load(text) or {}))
    return out


PROMISES = ("pages", "embeds", "redirects")  # every kind of public path the manifest lists


def departed(current: dict, earlier: list[tuple[str, dict]]) -> list[str]:
    """Paths an earlier manifest promised (pages, embed pages, redirects) that are now neither a
    page, an embed page the manifest still lists, nor a redirect."""
    live = {p.path for p in SITE_PAGES} | set(current.get("embeds") or {})
    redirects = current.get("redirects") or {}
    gone = []
    for commit, old in earlier:
        for path in [p for key in PROMISES for p in (old.get(key) or {})]:
            if path not in live and path not in redirects:
                gone.append(f"{path} (promised in {commit})")
    return sorted(set(gone))


def test_every_url_the_manifest_ever_promised_is_a_page_or_a_redirect():
    current = manifest.load()
    earlier = _history() + [("working tree", current)]
    gone = departed(current, earlier)
    assert not gone, ("URLs that left the manifest without a redirect; add `redirects: {old: new}` to "
                      f"{MANIFEST_PATH}: {gone}")
    for path in current["pages"]:
        assert path in {p.path for p in SITE_PAGES} or path in (current.get("redirects") or {}), path


def test_the_history_check_catches_a_dropped_page():
    current = {"pages": {p.path: [] for p in P.PAGES}, "redirects": {}}
    earlier = [("abc", {"pages": {"/method/": ["x"], "/data/": []}, "embeds": {"/embed/chart-old/": []}})]
    assert departed(current, earlier) == ["/embed/chart-old/ (promised in abc)", "/method/ (promised in abc)"]
    current["redirects"] = {"/method/": "/data/", "/embed/chart-old/": "/industries/"}
    assert departed(current, earlier) == []
    current["redirects"] = {"/method/": "/data/"}
    current["embeds"] = {"/embed/chart-old/": []}
    assert departed(current, earlier) == []
