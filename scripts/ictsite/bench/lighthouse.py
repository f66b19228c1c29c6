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
from ..chromium import CHROMIUM, CHROMIUM_ARGS

LIGHTHOUSE = ROOT / "scripts/node/node_modules/.bin/lighthouse"
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
    perf_range: tuple[int, int] | None = None


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
        env = dict(os.environ, CHROME_PATH=CHROMIUM)
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


def run_median(url: str, save_as: Path | None = None, runs: int = 5) -> Scores:
    """`runs` runs, each report saved as <save_as>-run<n>.json. Performance, LCP and TBT come from
    the run with the median performance; the rest is the worst of all runs (a layout shift or an
    accessibility failure in any one run counts).

    Lighthouse's simulated 4× CPU slowdown scales the task times it observes, so on a shared
    2-core machine one run's score moves by several points with the neighbours' load; Lighthouse's
    own advice on variability is to run it several times and take the median. Every page gets the
    same number of runs, so a miss is never re-rolled while a pass is taken at its word.
    """
    results = [run(url, save_as and save_as.with_name(f"{save_as.name}-run{i + 1}.json")) for i in range(runs)]
    ok = [r for r in results if r.performance is not None]
    if not ok:
        return results[0]
    median = sorted(ok, key=lambda r: r.performance)[(len(ok) - 1) // 2]  # the lower one of an even count
    return Scores(
        performance=median.performance,
        accessibility=min((r.accessibility for r in ok if r.accessibility is not None), default=None),
        best_practices=min((r.best_practices for r in ok if r.best_practices is not None), default=None),
        seo=min((r.seo for r in ok if r.seo is not None), default=None),
        lcp_ms=median.lcp_ms,
        tbt_ms=median.tbt_ms,
        cls=max((r.cls for r in ok if r.cls is not None), default=None),
        total_byte_weight=median.total_byte_weight,
        failed_audits=sorted({a for r in ok for a in r.failed_audits}),
        error=next((r.error for r in results if r.error), ""),
        runs=len(results),
        perf_range=(min(r.performance for r in ok), max(r.performance for r in ok)),
    )
