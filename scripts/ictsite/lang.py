"""The site's languages: which there are, where each one lives, and its UI strings.

The path rule, written here and nowhere else: the default language (Korean) is at the site's
root, every other language under /<lang>/. So /regions/ is Korean and /en/regions/ English,
docs/<lang>/ holds each language's generated pages, and site/ receives Korean at its root and
English in site/en/.

UI strings: one flat catalogue per language, strings.<lang>.yml beside this file, read by `t`.
A key one language lacks fails the build (`missing_keys`); placeholders are written [[name]]
(as in the story templates) and one left unfilled is an error, never text a reader sees.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"  # at the site's root; the others under /<lang>/

HERE = Path(__file__).parent
PLACEHOLDER = re.compile(r"\[\[([^\[\]]*)\]\]")
NAME = re.compile(r"[a-z_][a-z0-9_]*")


class UnknownLanguage(ValueError):
    pass


class MissingTranslation(KeyError):
    """A UI string is not in a language's catalogue."""

    def __str__(self) -> str:
        return str(self.args[0])


class PlaceholderError(ValueError):
    """A UI string has a placeholder the caller did not fill, or one that is malformed."""


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise UnknownLanguage(f"unknown language {lang!r}; expected one of {LANGS}")


# --- the path rule ------------------------------------------------------------------------

def prefix(lang: str) -> str:
    """Where a language's root is below the site's root: '' for Korean, 'en/' for English."""
    check_lang(lang)
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def lang_path(lang: str, path: str) -> str:
    """A public path in one language: /regions/ in Korean, /en/regions/ in English."""
    return "/" + prefix(lang) + path.lstrip("/")


def split_path(path: str) -> tuple[str, str]:
    """Which language a path below the site's root belongs to, and the path below that
    language's root: 'en/notebook/' (or '/en/notebook/') -> ('en', 'notebook/'),
    'regions/' -> ('ko', 'regions/')."""
    rest = path.lstrip("/")
    for lang in LANGS:
        root = prefix(lang)
        if root and (rest == root.rstrip("/") or rest.startswith(root)):
            return lang, rest[len(root):]
    return DEFAULT_LANG, rest


def docs_dir(docs: Path, lang: str) -> Path:
    """A language's generated sources: docs/<lang>/ for every language, the default too."""
    check_lang(lang)
    return Path(docs) / lang


def site_dir(site: Path, lang: str) -> Path:
    """Where a language's build goes: the site's root for Korean, site/en/ for English."""
    return Path(site) / prefix(lang)


# --- UI strings ---------------------------------------------------------------------------

class _UniqueKeys(yaml.SafeLoader):
    """A YAML mapping whose key appears twice is an error (PyYAML would keep the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.MarkedYAMLError("while reading the UI strings", None,
                                           f"the key {key!r} appears twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def catalogue_file(lang: str) -> Path:
    return HERE / f"strings.{lang}.yml"


@cache
def catalogue(lang: str) -> dict[str, str]:
    check_lang(lang)
    data = yaml.load(catalogue_file(lang).read_text(encoding="utf-8"), Loader=_UniqueKeys) or {}
    bad = sorted(k for k, v in data.items() if not isinstance(v, str))
    if bad:
        raise ValueError(f"{catalogue_file(lang).name}: every value must be a string, not {bad}")
    return data


def missing_keys() -> dict[str, list[str]]:
    """For each language that lacks some, the keys another language has and it lacks."""
    keys = {lang: set(catalogue(lang)) for lang in LANGS}
    everything = set().union(*keys.values())
    return {lang: sorted(everything - k) for lang, k in keys.items() if everything - k}


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def t(lang: str, key: str, **values: object) -> str:
    """The UI string `key` in `lang`, each [[name]] in it replaced by str(values[name]).

    A caller may pass values the string does not use (two strings that share the same words);
    a placeholder it does not fill raises PlaceholderError."""
    try:
        text = catalogue(lang)[key]
    except KeyError:
        raise MissingTranslation(f"string {key!r} missing in {catalogue_file(lang).name}") from None

    def fill(m: re.Match) -> str:
        name = m.group(1)
        if not NAME.fullmatch(name):
            raise PlaceholderError(f"string {key!r} in {catalogue_file(lang).name}: "
                                   f"malformed placeholder [[{name}]]")
        if name not in values:
            raise PlaceholderError(f"string {key!r} in {catalogue_file(lang).name}: "
                                   f"no value for [[{name}]]")
        return str(values[name])

    return PLACEHOLDER.sub(fill, text)
