"""UI strings: both languages have every key, and a missing one stops the build."""
import pytest

from ictsite.charts.strings import MissingString, missing_keys, t


def test_every_key_is_in_both_languages():
    missing = missing_keys()
    assert missing == {"ko": [], "en": []}, f"keys a language lacks: {missing}"


def test_a_missing_key_is_an_error_naming_key_and_language():
    with pytest.raises(MissingString, match=r"no-such-key.*strings\.en\.yml"):
        t("en", "no-such-key")
