"""`python -m ictsite.bench` (make bench): build, serve on loopback, measure every page, print."""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path

from ..chromium import CHROMIUM, CHROMIUM_ARGS
from ..lang import LANGS
from ..paths import ROOT, SITE
from ..serve import start_in_background
from . import lighthouse, report, wire

OUT = ROOT / ".cache" / "bench"  # gitignored: raw Lighthouse reports and the last results


def build(site_dir: Path) -> dict[str, float]:
    """Generate pages and build both languages, timed; the served site is this build."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    steps = {
        "pages": [sys.executable, "-m", "ictsite.site"],
        "mkdocs": [sys.executable, "-m", "ictsite.site.engine", "--dir", str(site_dir)],
    }
    seconds = {}
    for name, cmd in steps.items():
        start = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        seconds[name] = time.perf_counter() - start
    return seconds


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{date.today().isoformat()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-build", action="store_true", help="measure site/ as it is, without timing a build")
    ap.add_argument("--no-lighthouse", action="store_true", help="bytes on the wire only")
    ap.add_argument("--pages", help="comma-separated page slugs (default: all)")
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page; the median counts (default 5)")
    args = ap.parse_args()

    site_dir = SITE if args.no_build else OUT / "site"
    build_seconds = {} if args.no_build else build(site_dir)
    from ..data import load_dataset
    from ..site.releasepages import site_pages
    pages = [p for p in site_pages(load_dataset()) if not args.pages or p.slug in args.pages.split(",")]
    langs = [lang for lang in args.langs.split(",") if lang]

    from playwright.sync_api import sync_playwright
    server = start_in_background(site_dir)
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for lang in langs:
                for page in pages:
                    url = server.base_url + page.url(lang).lstrip("/")
                    rows.append({"path": page.url(lang), "lang": lang, "url": url,
                                 "wire": asdict(wire.measure(browser, url)), "lighthouse": None})
                    print(f"  wire {lang} {page.url(lang)}: done", file=sys.stderr)
            browser.close()
        if not args.no_lighthouse:
            for row in rows:
                save = OUT / "lighthouse" / (row["lang"] + row["path"].rstrip("/").replace("/", "_"))
                row["lighthouse"] = asdict(lighthouse.run_median(row["url"], save, args.runs))
                print(f"  lighthouse {row['lang']} {row['path']}: {row['lighthouse']['performance']}",
                      file=sys.stderr)
    finally:
        server.shutdown()

    print(f"\nmake bench — {machine()}")
    print(report.summary(rows, build_seconds, args.runs))
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(
        {"machine": machine(), "build_seconds": build_seconds, "rows": rows}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
