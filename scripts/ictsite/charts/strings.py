"""UI strings for the charts, one flat YAML file per language.

A chart must never ship with a hole or the other language's words in it, so a missing key is a
build error naming the key and the language, not a silent fallback.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from ..fmt import LANGS, check_lang

HERE = Path(__file__).parent


class MissingString(KeyError):
    """A UI string the charts need is not in a language's strings file."""


@cache
def strings(lang: str) -> dict[str, str]:
    check_lang(lang)
    with open(HERE / f"strings.{lang}.yml", encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    if not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"strings.{lang}.yml: every value must be a string")
    return data


def t(lang: str, key: str, **values: object) -> str:
    """The string for `key` in `lang`, with {placeholders} filled in."""
    table = strings(lang)
    if key not in table:
        raise MissingString(f"chart string {key!r} is missing from strings.{lang}.yml")
    return table[key].format(**values) if values else table[key]


def missing_keys() -> dict[str, list[str]]:
    """For each language, the keys that some other language has and it lacks."""
    every = set().union(*(strings(lang).keys() for lang in LANGS))
    return {lang: sorted(every - strings(lang).keys()) for lang in LANGS}
