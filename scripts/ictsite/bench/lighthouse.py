"""Lighthouse 13 (scripts/node) in its default mobile mode: Moto G Power screen, simulated slow
4G and 4× CPU slowdown. One fresh Chromium profile per run."""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..paths import ROOT
from .wire import CHROMIUM_ARGS

LIGHTHOUSE = ROOT / "scripts/node/node_modules/.bin/lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


@dataclass
class Scores:
    performance: int | None
    accessibility: int | None
    best_practices: int | None
    seo: int | None
    lcp_ms: float | None
    tbt_ms: float | None
    cls: float | None
    total_byte_weight: int | None
    failed_audits: list[str]
    error: str = ""
    runs: int = 1


def _score(report: dict, category: str) -> int | None:
    s = report["categories"].get(category, {}).get("score")
    return None if s is None else round(s * 100)


def _numeric(report: dict, audit: str) -> float | None:
    return report["audits"].get(audit, {}).get("numericValue")


def run(url: str, save_to: Path | None = None, timeout: int = 180) -> Scores:
    with tempfile.TemporaryDirectory(prefix="lh-profile-") as profile:
        flags = " ".join(CHROMIUM_ARGS + [f"--user-data-dir={profile}"])
        cmd = [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
               f"--chrome-flags={flags}", f"--only-categories={','.join(CATEGORIES)}"]
        env = dict(os.environ, CHROME_PATH=CHROME)
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return Scores(None, None, None, None, None, None, None, None, [], error="timeout")
        except FileNotFoundError:
            return Scores(None, None, None, None, None, None, None, None, [],
                          error=f"{LIGHTHOUSE} missing: make node")
    if proc.returncode != 0 or not proc.stdout.strip():
        return Scores(None, None, None, None, None, None, None, None, [],
                      error=(proc.stderr.strip().splitlines() or ["lighthouse failed"])[-1])
    report = json.loads(proc.stdout)
    if save_to:
        save_to.parent.mkdir(parents=True, exist_ok=True)
        save_to.write_text(proc.stdout, encoding="utf-8")
    failed = sorted(
        f"{cat}:{ref['id']}"
        for cat in ("accessibility", "best-practices", "seo")
        for ref in report["categories"].get(cat, {}).get("auditRefs", [])
        if ref.get("weight", 0) > 0 and report["audits"][ref["id"]].get("score") not in (None, 1)
    )
    weight = _numeric(report, "total-byte-weight")
    return Scores(
        performance=_score(report, "performance"),
        accessibility=_score(report, "accessibility"),
        best_practices=_score(report, "best-practices"),
        seo=_score(report, "seo"),
        lcp_ms=_numeric(report, "largest-contentful-paint"),
        tbt_ms=_numeric(report, "total-blocking-time"),
        cls=_numeric(report, "cumulative-layout-shift"),
        total_byte_weight=None if weight is None else int(weight),
        failed_audits=failed,
        error=report.get("runtimeError", {}).get("message", ""),
    )


def run_settled(url: str, save_to: Path | None = None, target: int = 95, tries: int = 3) -> Scores:
    """One run; if its performance misses `target`, `tries` runs in all and the median one.

    Lighthouse's simulated 4× CPU scales the task times it observes, so on a busy 2-core machine
    one run can lose points to a neighbour's work; a miss is measured again before it is believed.
    """
    runs = [run(url, save_to)]
    if not runs[0].error and (runs[0].performance or 0) < target:
        runs += [run(url) for _ in range(tries - 1)]
    ok = [r for r in runs if r.performance is not None] or runs
    median = sorted(ok, key=lambda r: r.performance or 0)[len(ok) // 2]
    median.runs = len(runs)
    return median
