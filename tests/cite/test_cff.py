"""CITATION.cff: valid CFF 1.2.0, generated from the release, crediting the article it is based on."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from ictsite import paths
from ictsite.cite.cff import CFF, cff_text
from ictsite.cite.release import release

SCHEMA = Path(__file__).parent / "schemas" / "cff-1.2.0.schema.json"


def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def cff() -> dict:
    return yaml.safe_load(CFF.read_text(encoding="utf-8"))


def test_citation_cff_validates_against_the_cff_1_2_schema():
    errors = sorted(validator().iter_errors(cff()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    assert cff()["cff-version"] == "1.2.0"


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("authors"),
    lambda d: d.update({"date-released": "23 November 2026"}),
    lambda d: d.update({"license": "Not-A-Licence"}),
    lambda d: d["references"][0].pop("title"),
])
def test_the_schema_check_catches_a_broken_file(breakage):
    data = cff()
    breakage(data)
    assert list(validator().iter_errors(data))


def test_committed_file_is_what_the_generator_writes():
    keywords = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8")).get("keywords", [])
    assert CFF.read_text(encoding="utf-8") == cff_text(release(), keywords), (
        "CITATION.cff is stale: run .venv/bin/python -m ictsite.cite --write-cff")


def test_version_date_and_licences_agree_with_the_rest():
    data = cff()
    assert (data["version"], data["date-released"]) == (release().version, release().date)
    package = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in package["licenses"]] == ["CC-BY-4.0"]
    assert data["license"] == ["MIT", "CC-BY-4.0"]


def test_credits_the_article_and_its_author_as_the_basis():
    article = cff()["references"][0]
    assert article["type"] == "article" and article["title"] == "대한민국 ICT 서비스 무역의 도약과 과제"
    author = article["authors"][0]
    assert (author["family-names"], author["given-names"], author["alias"]) == ("이", "학기", "Lee Hakki")
    assert "KISDI" in author["affiliation"] and "KISDI" in article["institution"]["name"]
    assert "Lee Hakki" in cff()["message"]
