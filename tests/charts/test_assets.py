"""Generated files: byte-identical across runs, CSV = the table, SVG well-formed, JSON drawable."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from ictsite.charts import CHARTS, all_charts, write_chart_assets
from ictsite.charts.table import rows_text
from ictsite.lang import LANGS

from .helpers import dataset


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    a, b = tmp_path_factory.mktemp("a"), tmp_path_factory.mktemp("b")
    write_chart_assets(dataset(), a)
    write_chart_assets(dataset(), b)
    return a, b


def test_two_runs_are_byte_identical(written):
    a, b = written
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) == len(all_charts(dataset())) * 3 * len(LANGS)
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_rewriting_keeps_unchanged_files_and_removes_stale_ones(written, tmp_path):
    write_chart_assets(dataset(), tmp_path)
    target = tmp_path / "ko/charts/chart-industry-mix.csv"
    mtime = target.stat().st_mtime_ns
    (tmp_path / "ko/charts/chart-gone.csv").write_text("old")
    write_chart_assets(dataset(), tmp_path)
    assert target.stat().st_mtime_ns == mtime
    assert not (tmp_path / "ko/charts/chart-gone.csv").exists()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cid", list(CHARTS))
def test_csv_is_exactly_the_table(written, cid, lang):
    raw = (written[0] / lang / "charts" / f"{cid}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read Hangul headers as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    table = CHARTS[cid].table(dataset(), lang)
    assert rows[0] == list(table.columns)
    assert rows[1:] == rows_text(table, lang)
    unit = "억 달러" if lang == "ko" else "USD billion"
    assert any(unit in h or "%" in h for h in rows[0])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cid", list(CHARTS))
def test_svg_is_wellformed_and_titled(written, cid, lang):
    root = ET.fromstring((written[0] / lang / "charts" / f"{cid}.svg").read_bytes())
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.find(f"{ns}title").text == CHARTS[cid].title(lang, dataset())
    assert root.find(f"{ns}desc").text == CHARTS[cid].describe(dataset(), lang)
    assert len(root.findall(f"{ns}rect")) >= len(CHARTS[cid].table(dataset(), lang))
    assert int(root.get("height")) == CHARTS[cid].model(dataset(), lang).height


@pytest.mark.parametrize("lang", LANGS)
def test_json_carries_figure_and_colour_roles(written, lang):
    for cid in CHARTS:
        doc = json.loads((written[0] / lang / "charts" / f"{cid}.json").read_text(encoding="utf-8"))
        assert set(doc) == {"figure", "roles"}
        assert doc["figure"]["data"] and doc["figure"]["layout"]["height"] > 0
        assert all(v.startswith("--ict-") for v in doc["roles"].values())
