"""The release every page, the data package and CITATION.cff speak of, and the public address.

One source each:
- version and date: data/datapackage.json (`version`, `last_updated`), which `make data` writes
  from scripts/ictsite/data/package.py; pyproject.toml reads the same VERSION.
- what changed: changelog.yml beside this file, newest first; its newest entry must be the
  data package's release, so a version bump without a changelog entry fails the build.
- the public address: mkdocs.yml `site_url`, which the environment variable SITE_URL overrides
  (the deploy workflow sets it), read here and nowhere else in the Python code.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .. import paths
from ..data.package import published
from ..lang import LANGS

CHANGELOG = Path(__file__).with_name("changelog.yml")
MKDOCS_YML = paths.ROOT / "mkdocs.yml"
VERSION_RE = re.compile(r"\d+\.\d+\.\d+")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ReleaseError(Exception):
    pass


@dataclass(frozen=True)
class FigureChange:
    """A published figure whose value changed in a release: where, from what, to what, and why."""
    what: dict[str, str]
    was: dict[str, str]    # as printed, per language (one text for both if the YAML gives one)
    now: dict[str, str]
    why: dict[str, str]


@dataclass(frozen=True)
class Entry:
    version: str
    date: str
    changes: dict[str, list[str]]
    figures: tuple[FigureChange, ...] = ()


@dataclass(frozen=True)
class Release:
    version: str
    date: str           # last updated, ISO yyyy-mm-dd
    first_date: str     # the first release's date (datePublished)
    changelog: tuple[Entry, ...] = field(default=(), repr=False)

    @property
    def year(self) -> str:
        return self.date[:4]


# --- the public address -------------------------------------------------------------------

class _MkdocsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: resolves `!ENV [NAME, default]` like MkDocs, ignores other tags."""


def _env_tag(loader, node):
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)
        names, default = items[:-1] if len(items) > 1 else items, items[-1] if len(items) > 1 else None
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    return default


_MkdocsLoader.add_constructor("!ENV", _env_tag)
_MkdocsLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_url(mkdocs_yml: Path = MKDOCS_YML) -> str:
    """The site's public root URL with a trailing slash (SITE_URL overrides mkdocs.yml)."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_MkdocsLoader)
    url = (config or {}).get("site_url")
    if not url or not re.match(r"https?://", url):
        raise ReleaseError(f"{mkdocs_yml.name}: site_url must be an absolute http(s) URL, not {url!r}")
    return url.rstrip("/") + "/"


# --- version, date, changelog -------------------------------------------------------------

def _bilingual(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) != set(LANGS) or not all(isinstance(v, str) and v.strip()
                                                                           for v in value.values()):
        raise ReleaseError(f"{where}: needs non-empty text in both languages ({', '.join(LANGS)})")
    return {k: v.strip() for k, v in value.items()}


def _printed(value, where: str) -> dict[str, str]:
    """A figure as printed: one text for both languages, or {ko: ..., en: ...} where they differ."""
    return _bilingual(value, where) if isinstance(value, dict) else {lang: str(value) for lang in LANGS}


def parse_changelog(raw) -> tuple[Entry, ...]:
    """Check and read changelog.yml's content (a list, newest first)."""
    if not isinstance(raw, list) or not raw:
        raise ReleaseError("changelog.yml: expected a list of releases, newest first")
    entries = []
    for i, item in enumerate(raw):
        where = f"changelog.yml entry {i + 1}"
        version, date = str(item.get("version", "")), str(item.get("date", ""))
        if not VERSION_RE.fullmatch(version):
            raise ReleaseError(f"{where}: version {version!r} is not MAJOR.MINOR.PATCH")
        if not DATE_RE.fullmatch(date):
            raise ReleaseError(f"{where} ({version}): date {date!r} is not YYYY-MM-DD (quote it)")
        changes = item.get("changes") or {}
        if set(changes) != set(LANGS) or not all(isinstance(v, list) and v for v in changes.values()):
            raise ReleaseError(f"{where} ({version}): `changes` needs a list in each language ({', '.join(LANGS)})")
        if len({len(v) for v in changes.values()}) != 1:
            raise ReleaseError(f"{where} ({version}): the languages list a different number of changes")
        for lang, items in changes.items():
            for k, x in enumerate(items):
                # An unquoted item with ": " in it is a mapping to YAML, and str() of it printed
                # braces and quotes to readers of /en/about/#changelog.
                if not isinstance(x, str) or not x.strip():
                    raise ReleaseError(f"{where} ({version}): change {k + 1} in {lang} is not plain text "
                                       "(quote an item that contains ': ')")
        figures = []
        for j, fig in enumerate(item.get("figures") or []):
            fwhere = f"{where} ({version}) figure {j + 1}"
            if not all(fig.get(k) and (isinstance(fig[k], dict) or str(fig[k]).strip()) for k in ("was", "now")):
                raise ReleaseError(f"{fwhere}: say what the figure `was` and what it is `now`")
            figures.append(FigureChange(what=_bilingual(fig.get("what"), fwhere + " `what`"),
                                        was=_printed(fig["was"], fwhere + " `was`"), now=_printed(fig["now"], fwhere + " `now`"),
                                        why=_bilingual(fig.get("why"), fwhere + " `why`")))
        entries.append(Entry(version, date, {k: [x.strip() for x in v] for k, v in changes.items()},
                             tuple(figures)))
    for newer, older in zip(entries, entries[1:]):
        if _key(newer.version) <= _key(older.version) or newer.date < older.date:
            raise ReleaseError(f"changelog.yml: {newer.version} ({newer.date}) must be newer than the entry "
                               f"below it, {older.version} ({older.date}); newest first")
    return tuple(entries)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


def package_release(package: dict) -> tuple[str, str]:
    version, date = str(package.get("version", "")), str(package.get("last_updated", ""))
    if not VERSION_RE.fullmatch(version) or not DATE_RE.fullmatch(date):
        raise ReleaseError(f"datapackage.json: version {version!r} / last_updated {date!r} malformed")
    return version, date


def make_release(package: dict, changelog_raw) -> Release:
    version, date = package_release(package)
    entries = parse_changelog(changelog_raw)
    newest = entries[0]
    if (newest.version, newest.date) != (version, date):
        raise ReleaseError(
            f"data/datapackage.json is version {version} of {date}, but the newest entry of "
            f"scripts/ictsite/cite/changelog.yml is {newest.version} of {newest.date}: add an entry for "
            f"{version} saying what changed and why (see README, 'Versions and changes')")
    return Release(version=version, date=date, first_date=entries[-1].date, changelog=entries)


@cache
def release() -> Release:
    package = published()
    raw = yaml.safe_load(CHANGELOG.read_text(encoding="utf-8"))
    return make_release(package, raw)
