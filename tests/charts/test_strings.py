"""UI strings: both languages have every key, and a missing one stops the build."""
import pytest

from ictsite.charts import CHARTS
from ictsite.charts.strings import MissingString, missing_keys, strings, t


def test_every_key_is_in_both_languages():
    missing = missing_keys()
    assert missing == {"ko": [], "en": []}, f"keys a language lacks: {missing}"


def test_every_chart_has_its_strings():
    for lang in ("ko", "en"):
        for cid in CHARTS:
            for suffix in ("title", "subtitle", "describe"):
                assert f"{cid}.{suffix}" in strings(lang)


def test_a_missing_key_is_an_error_naming_key_and_language():
    with pytest.raises(MissingString, match=r"no-such-key.*strings\.en\.yml"):
        t("en", "no-such-key")
