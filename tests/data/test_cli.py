"""`make data` (python -m ictsite.data): a summary when valid; when not, one line per
problem, exit 1, no traceback, nothing written."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ictsite.data import load_dataset
from ictsite.data import __main__ as cli
from ictsite.paths import DATA

from .helpers import set_cell

GENERATED = ("claims.csv", "datapackage.json")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ictsite.data", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60)


def snapshot(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in data_dir.iterdir()}


def test_bad_input_exits_1_with_one_line_per_problem_and_writes_nothing(data_dir: Path):
    r1 = set_cell(data_dir / "exports_by_region.csv", {"industry": "telecom", "region": "asia"}, "value", "1,1")
    r2 = set_cell(data_dir / "labels.csv", {"dimension": "region", "code": "asia"}, "en", "")
    (data_dir / "claims.csv").write_text("stale\n", encoding="utf-8")
    before = snapshot(data_dir)
    out = run(data_dir)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout
    assert out.stdout == ""
    assert out.stderr.splitlines() == [
        f"data/exports_by_region.csv: row {r1}, column value: expected a number with one decimal like "
        "12.3 (values are printed to 0.1), got '1,1'",
        f"data/labels.csv: row {r2}, column en: expected text without leading or trailing spaces, got "
        "an empty cell",
        "2 problems in data/; nothing written.",
    ]
    assert snapshot(data_dir) == before  # no refreshed ledger, no temp files


def test_valid_input_writes_the_generated_files_and_summarises(data_dir: Path):
    for name in GENERATED:
        (data_dir / name).unlink()
    out = run(data_dir)
    assert out.returncode == 0, out.stderr
    for name in GENERATED:
        assert (data_dir / name).read_bytes() == (DATA / name).read_bytes()
        assert oct((data_dir / name).stat().st_mode & 0o777) == "0o644"
    assert "claims ledger: 37 claims: 19 exact, 2 rounding, 2 inconsistent, 14 external" in out.stdout
    assert "claims.csv                    37 rows  generated, written" in out.stdout
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]


def test_summary_of_the_real_data(capsys):
    assert cli.main(["--check"]) == 0  # also proves the committed outputs are current
    text = capsys.readouterr().out
    lines = text.splitlines()
    years = ", ".join(str(y) for y in sorted(load_dataset().tables["trade_type"]["year"].unique()))
    assert lines[0] == (f"data/ is valid: {years} tables, every total and printed share agrees with its "
                        "parts within rounding.")
    assert "  exports_by_region.csv         56 rows" in lines
    assert "  inconsistent regions-europe-share: claims 17.2 (17.15-17.25), tables give 17.2568-17.3621" in lines
    assert len(lines) <= 24 and max(map(len, lines)) <= 110  # one screen
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```text\n", 1)[1].split("```", 1)[0]
    assert shown == text, "data/README.md shows an outdated `make data` summary"


def test_check_mode_reports_stale_output_and_writes_nothing(data_dir: Path, capsys):
    (data_dir / "claims.csv").write_text("stale\n", encoding="utf-8")
    before = snapshot(data_dir)
    assert cli.main(["--data-dir", str(data_dir), "--check"]) == 1
    assert "claims.csv                    37 rows  generated, out of date" in capsys.readouterr().out
    assert snapshot(data_dir) == before


def test_quirky_files_are_accepted_and_mentioned(data_dir: Path, capsys):
    p = data_dir / "labels.csv"
    rows = p.read_text(encoding="utf-8").count("\n") - 1  # lines less the header
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"\n", b"\r\n"))
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert f"labels.csv{rows:>22} rows  (read despite UTF-8 BOM and CRLF line ends)" in \
        capsys.readouterr().out


def test_generated_files_are_replaced_together_or_not_at_all(data_dir: Path, monkeypatch):
    before = snapshot(data_dir)
    real_fdopen = os.fdopen
    calls = []

    def failing_second_write(fd, *a, **k):
        calls.append(fd)
        if len(calls) == 2:
            os.close(fd)
            raise OSError(28, "No space left on device")
        return real_fdopen(fd, *a, **k)

    monkeypatch.setattr(cli.os, "fdopen", failing_second_write)
    with pytest.raises(OSError):
        cli.write_together(data_dir, {name: "new\n" for name in GENERATED})
    assert snapshot(data_dir) == before
