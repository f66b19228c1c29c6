"""data/datapackage.json: generated from the schema, and valid for Frictionless."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from ictsite.data.package import LAST_UPDATED, VERSION, datapackage_text
from ictsite.data.validate import validate_inputs
from ictsite.paths import DATA

from .helpers import read_rows

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def frictionless_report(package: Path) -> dict:
    out = subprocess.run([str(FRICTIONLESS), "validate", "--json", str(package)],
                         capture_output=True, text=True, timeout=120)
    return json.loads(out.stdout)


def test_committed_package_is_what_the_code_generates():
    committed = (DATA / "datapackage.json").read_text(encoding="utf-8")
    assert committed == datapackage_text(validate_inputs(DATA)), "run `make data` and commit the result"


def test_frictionless_validates_the_package():
    report = frictionless_report(DATA / "datapackage.json")
    assert report["valid"], json.dumps(report, ensure_ascii=False)[:2000]
    assert len(report["tasks"]) == len(list(DATA.glob("*.csv")))


def test_every_csv_is_described_field_by_field():
    pkg = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["path"]: r for r in pkg["resources"]}
    assert set(resources) == {p.name for p in DATA.glob("*.csv")}
    for path, res in resources.items():
        header = read_rows(DATA / path)[0]
        assert [f["name"] for f in res["schema"]["fields"]] == header, path
        assert res["schema"]["primaryKey"]
        for f in res["schema"]["fields"]:
            assert f["description"] and f["description_ko"], (path, f["name"])
    for dim in ("trade_type", "firm_size", "region"):
        fks = resources[f"exports_by_{dim}.csv"]["schema"]["foreignKeys"]
        assert [fk["fields"] for fk in fks] == [["industry"], [dim]]
        value = next(f for f in resources[f"exports_by_{dim}.csv"]["schema"]["fields"] if f["name"] == "value")
        assert value["unit"] == "100m_usd" and value["unit_ko"] == "억 달러"


def test_metadata_is_fixed_and_credits_the_sources():
    pkg = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert pkg["version"] == VERSION and re.fullmatch(r"\d+\.\d+\.\d+", VERSION)
    assert pkg["last_updated"] == LAST_UPDATED and re.fullmatch(r"\d{4}-\d\d-\d\d", LAST_UPDATED)
    titles = " ".join(s["title"] for s in pkg["sources"])
    for needed in ("이학기", "대한민국 ICT 서비스 무역의 도약과 과제", "KISDI", "한국은행 지식서비스 무역통계"):
        assert needed in titles
    assert pkg["licenses"] and pkg["contributors"][0]["title"] == "이학기"
