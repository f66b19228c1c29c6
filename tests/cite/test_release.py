"""One version and date everywhere, from data/datapackage.json; one public address, from mkdocs.yml."""
from __future__ import annotations

import json
import re
import tomllib

import pytest
import yaml

from ictsite import paths
from ictsite.cite import release as R
from ictsite.lang import LANGS, catalogue


def package() -> dict:
    return json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))


def changelog_raw():
    return yaml.safe_load(R.CHANGELOG.read_text(encoding="utf-8"))


def test_release_is_the_data_package_version_and_date():
    rel = R.release()
    assert (rel.version, rel.date) == (package()["version"], package()["last_updated"])
    assert rel.year == rel.date[:4] and rel.first_date <= rel.date


def test_no_other_copy_of_the_version():
    assert all("site.version" not in catalogue(lang) for lang in LANGS)
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ictsite.data.package.VERSION"}
    from ictsite.data.package import LAST_UPDATED, VERSION
    assert (VERSION, LAST_UPDATED) == (R.release().version, R.release().date)


def test_a_version_bump_without_a_changelog_entry_stops_the_build():
    bumped = dict(package(), version="9.9.9", last_updated="2099-01-01")
    with pytest.raises(R.ReleaseError, match=r"9\.9\.9.*changelog\.yml.*add an entry"):
        R.make_release(bumped, changelog_raw())


def _next_minor() -> str:
    """The version after the current one, whatever it is (the tests outlive any one release)."""
    major, minor, _ = (int(x) for x in package()["version"].split("."))
    return f"{major}.{minor + 1}.0"


def test_a_new_release_with_its_entry_and_a_changed_figure():
    entry = {"version": _next_minor(), "date": "2099-01-01",
             "changes": {"ko": ["수치 정정."], "en": ["A figure corrected."]},
             "figures": [{"what": {"ko": "유럽 비중", "en": "Europe's share"}, "was": "17.3%", "now": "17.4%",
                          "why": {"ko": "전사 오류 정정", "en": "A transcription error fixed"}}]}
    rel = R.make_release(dict(package(), version=_next_minor(), last_updated="2099-01-01"), [entry] + changelog_raw())
    assert rel.version == _next_minor() and rel.first_date == changelog_raw()[-1]["date"]
    assert rel.changelog[0].figures[0].why["en"] == "A transcription error fixed"
    assert rel.changelog[0].figures[0].was == {"ko": "17.3%", "en": "17.3%"}


def test_a_changed_figure_may_read_differently_in_each_language():
    """Each page prints its own language's text, never both joined by a slash."""
    entry = {"version": _next_minor(), "date": "2099-01-01",
             "changes": {"ko": ["수치 정정."], "en": ["A figure corrected."]},
             "figures": [{"what": {"ko": "유럽", "en": "Europe"}, "was": {"ko": "약 56억 달러", "en": "about USD 5.6 billion"},
                          "now": "17.4%", "why": {"ko": "정정", "en": "Corrected"}}]}
    fig = R.parse_changelog([entry] + changelog_raw())[0].figures[0]
    assert fig.was == {"ko": "약 56억 달러", "en": "about USD 5.6 billion"} and fig.now["ko"] == fig.now["en"] == "17.4%"


@pytest.mark.parametrize("broken, message", [
    ({"changes": {"ko": ["x"]}}, "both languages|each language"),
    ({"changes": {"ko": ["x", "y"], "en": ["x"]}}, "different number"),
    ({"date": "2099-1-1"}, "YYYY-MM-DD"),
    ({"version": "2"}, "MAJOR.MINOR.PATCH"),
    ({"figures": [{"what": {"ko": "a", "en": "a"}, "was": "1", "now": "2"}]}, "why"),
    ({"figures": [{"what": {"ko": "a", "en": "a"}, "was": "", "now": "2", "why": {"ko": "b", "en": "b"}}]}, "was"),
    ({"version": "0.9.0"}, "newest first"),
    # what YAML makes of an unquoted item with ": " in it
    ({"changes": {"ko": ["x"], "en": [{"New charts": "by region"}]}}, "change 1 in en is not plain text"),
])
def test_malformed_changelog_entries_are_named(broken, message):
    entry = {"version": _next_minor(), "date": "2099-01-01", "changes": {"ko": ["x"], "en": ["x"]}}
    entry.update(broken)
    with pytest.raises(R.ReleaseError, match=message):
        R.parse_changelog([entry] + changelog_raw())


def test_every_release_is_in_the_data_cards_corrections_log():
    readme = (paths.DATA / "README.md").read_text(encoding="utf-8")
    log = readme[readme.index("## Corrections log"):]
    for entry in R.release().changelog:
        assert re.search(rf"^\| {re.escape(entry.version)} \| {entry.date} \|", log, re.M), (
            f"data/README.md's corrections log has no row for {entry.version} ({entry.date})")


def test_site_url_comes_from_mkdocs_yml_and_site_url_overrides_it(tmp_path, monkeypatch):
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text('site_url: !ENV [SITE_URL, "https://a.example/repo"]\nx: !!python/name:os.getcwd\n')
    monkeypatch.delenv("SITE_URL", raising=False)
    assert R.site_url(cfg) == "https://a.example/repo/"
    monkeypatch.setenv("SITE_URL", "https://b.example/other/")
    assert R.site_url(cfg) == "https://b.example/other/"
    cfg.write_text("site_url: /relative/\n")
    with pytest.raises(R.ReleaseError):
        R.site_url(cfg)


@pytest.mark.parametrize("env", [None, "https://pages.example/ict/"])
def test_site_url_agrees_with_mkdocs_own_reading(monkeypatch, env):
    from mkdocs.utils.yaml import get_yaml_loader
    if env:
        monkeypatch.setenv("SITE_URL", env)
    else:
        monkeypatch.delenv("SITE_URL", raising=False)
    theirs = yaml.load(R.MKDOCS_YML.read_text(encoding="utf-8"), Loader=get_yaml_loader())["site_url"]
    assert R.site_url() == theirs.rstrip("/") + "/"
