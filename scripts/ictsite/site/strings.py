"""Flat UI-string catalogues, one per language. A key one language lacks fails the build."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from .pages import LANGS

HERE = Path(__file__).parent


class MissingTranslation(Exception):
    pass


@cache
def catalogue(lang: str) -> dict[str, str]:
    return yaml.safe_load((HERE / f"strings.{lang}.yml").read_text(encoding="utf-8"))


def missing_keys() -> dict[str, list[str]]:
    """For each language, the keys some other language has and it lacks."""
    keys = {lang: set(catalogue(lang)) for lang in LANGS}
    everything = set().union(*keys.values())
    return {lang: sorted(everything - k) for lang, k in keys.items() if everything - k}


def t(lang: str, key: str, **values: object) -> str:
    try:
        text = catalogue(lang)[key]
    except KeyError:
        raise MissingTranslation(f"string {key!r} missing in {HERE.name}/strings.{lang}.yml") from None
    for name, value in values.items():
        text = text.replace(f"[[{name}]]", str(value))
    return text
