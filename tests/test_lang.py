"""Languages: the path rule, and the one UI-string catalogue per language with its one placeholder syntax."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ictsite import lang as L


@pytest.fixture
def extra_string(monkeypatch):
    """Put a string into one language's catalogue for one test."""
    def put(lang: str, key: str, text: str) -> None:
        monkeypatch.setitem(L.catalogue(lang), key, text)
    return put


# --- the catalogue ------------------------------------------------------------------------

def test_every_key_is_in_every_language():
    assert L.missing_keys() == {}


def test_a_key_one_language_lacks_is_reported(extra_string):
    extra_string("ko", "only.in.korean", "x")
    assert L.missing_keys() == {"en": ["only.in.korean"]}


def test_a_missing_key_is_an_error_naming_key_and_file():
    with pytest.raises(L.MissingTranslation, match=r"no-such-key.*strings\.en\.yml"):
        L.t("en", "no-such-key")


@pytest.mark.parametrize("lang", L.LANGS)
def test_placeholders_are_well_formed_and_in_one_syntax(lang):
    for key, text in L.catalogue(lang).items():
        for name in L.placeholders(text):
            assert L.NAME.fullmatch(name), f"{key}: placeholder [[{name}]] is not a lower-case name"
        # str.format's {name}, the charts' old syntax, would reach the reader unfilled.
        assert not re.search(r"\{[a-z_][a-z0-9_]*\}", text), f"{key}: write placeholders as [[name]]: {text!r}"


def test_both_languages_fill_the_same_placeholders():
    ko, en = L.catalogue("ko"), L.catalogue("en")
    differ = {k: (L.placeholders(ko[k]), L.placeholders(en[k])) for k in ko.keys() & en.keys()
              if set(L.placeholders(ko[k])) != set(L.placeholders(en[k]))}
    assert not differ


def test_placeholders_are_filled(extra_string):
    extra_string("en", "test.pair", "[[a]] and [[b]], [[a]] again")
    assert L.t("en", "test.pair", a=1, b="two") == "1 and two, 1 again"


def test_a_value_is_not_read_as_a_placeholder(extra_string):
    extra_string("en", "test.one", "<[[a]]>")
    assert L.t("en", "test.one", a="[[b]]") == "<[[b]]>"


def test_values_the_string_does_not_use_are_allowed(extra_string):
    # Charts hand a subtitle and a description the same words; each uses some of them.
    extra_string("en", "test.one", "[[a]]")
    assert L.t("en", "test.one", a="x", b="y") == "x"


def test_an_unfilled_placeholder_is_an_error(extra_string):
    extra_string("ko", "test.pair", "[[a]] [[b]]")
    with pytest.raises(L.PlaceholderError, match=r"test\.pair.*strings\.ko\.yml.*\[\[b\]\]"):
        L.t("ko", "test.pair", a=1)
    with pytest.raises(L.PlaceholderError, match=r"\[\[a\]\]"):
        L.t("ko", "test.pair")


def test_a_misspelt_placeholder_is_an_error(extra_string):
    extra_string("en", "test.bad", "[[ total ]]")
    with pytest.raises(L.PlaceholderError, match="malformed"):
        L.t("en", "test.bad", total=1)


def test_a_key_written_twice_in_a_catalogue_is_an_error():
    with pytest.raises(yaml.YAMLError, match="'a' appears twice"):
        yaml.load("a: x\nb: y\na: z\n", Loader=L._UniqueKeys)


def test_an_unknown_language_is_an_error():
    with pytest.raises(L.UnknownLanguage, match="'fr'"):
        L.t("fr", "site.name")
    with pytest.raises(ValueError):
        L.lang_path("fr", "/")


# --- the path rule ------------------------------------------------------------------------

def test_the_default_language_is_at_the_root_and_the_others_below_their_code():
    assert L.LANGS[0] == L.DEFAULT_LANG == "ko"
    assert L.lang_path("ko", "/regions/") == "/regions/" and L.lang_path("en", "/regions/") == "/en/regions/"
    assert L.lang_path("ko", "/") == "/" and L.lang_path("en", "") == "/en/"
    assert [L.prefix(lang) for lang in L.LANGS] == ["", "en/"]
    assert L.site_dir(Path("site"), "ko") == Path("site") and L.site_dir(Path("site"), "en") == Path("site/en")
    assert [L.docs_dir(Path("docs"), lang) for lang in L.LANGS] == [Path("docs/ko"), Path("docs/en")]


@pytest.mark.parametrize("lang", L.LANGS)
@pytest.mark.parametrize("path", ["/", "/regions/", "/releases/2024/", "/social/index.png"])
def test_a_path_says_its_language(lang, path):
    assert L.split_path(L.lang_path(lang, path)) == (lang, path.lstrip("/"))
    assert L.split_path(L.lang_path(lang, path).lstrip("/")) == (lang, path.lstrip("/"))


def test_a_page_whose_name_starts_like_a_language_is_korean():
    assert L.split_path("english/") == ("ko", "english/")
    assert L.split_path("en") == ("en", "")
