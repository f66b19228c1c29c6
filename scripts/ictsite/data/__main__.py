"""`make data`: validate data/, refresh the generated files, print a summary.

Nothing is written unless every check passes, and the generated files are replaced
together (each via a temporary file and a rename), so a reader of data/ never sees a
ledger that disagrees with its tables.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from ..paths import DATA
from .claims import ledger_rows
from .errors import DataError
from .package import VERSION, datapackage_text
from .read import write_csv_text
from .schema import CLAIMS, INPUTS, STATUSES
from .load import checked
from .validate import Inputs

PACKAGE = "datapackage.json"


def generate(inputs: Inputs) -> tuple[dict[str, str], list[dict[str, str]]]:
    rows = ledger_rows(inputs)
    return {CLAIMS.name: write_csv_text(CLAIMS.header, rows), PACKAGE: datapackage_text(inputs)}, rows


def write_together(data_dir: Path, texts: dict[str, str]) -> None:
    temps = {}
    try:
        for name, text in texts.items():
            fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=f".{name}.", suffix=".tmp")
            temps[name] = tmp
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the files from the web server
        for name, tmp in temps.items():
            os.replace(tmp, data_dir / name)
    finally:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)


def summary(inputs: Inputs, rows: list[dict[str, str]], changed: list[str], check: bool) -> str:
    shown = inputs.data_dir.name
    years = ", ".join(map(str, inputs.years))
    lines = [f"{shown}/ is valid: {years} tables, every total and printed share agrees with its "
             "parts within rounding."]
    for spec in INPUTS:
        f = inputs.files[spec.name]
        quirks = f"  (read despite {' and '.join(f.quirks)})" if f.quirks else ""
        lines.append(f"  {spec.name:<28}{len(f.records):>4} rows{quirks}")
    verb = "out of date" if check else "written"
    for name in (CLAIMS.name, PACKAGE):
        state = verb if name in changed else "up to date"
        size = f"{len(rows):>4} rows" if name == CLAIMS.name else f"   v{VERSION}"
        lines.append(f"  {name:<28}{size}  generated, {state}")
    counts = Counter(r["status"] for r in rows)
    lines.append(f"claims ledger: {len(rows)} claims: "
                 + ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES))
    for r in rows:
        if r["status"] in ("inconsistent", "rounding"):
            allowed = (f"{r['claimed_low']}-{r['claimed_high']}" if r["claimed_high"]
                       else f">= {r['claimed_low']}")
            lines.append(f"  {r['status']:<13}{r['id']}: claims {r['claimed']} ({allowed}), "
                         f"tables give {r['computed_low']}-{r['computed_high']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ictsite.data", description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DATA, help="default: the repository's data/")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a generated file is out of date")
    args = ap.parse_args(argv)
    try:
        inputs, _ = checked(args.data_dir)
    except DataError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        n = len(e.problems)
        print(f"{n} problem{'s' if n != 1 else ''} in {args.data_dir.name}/; nothing written.",
              file=sys.stderr)
        return 1
    texts, rows = generate(inputs)
    changed = [n for n, t in texts.items()
               if not (args.data_dir / n).exists()
               or (args.data_dir / n).read_text(encoding="utf-8") != t]
    if not args.check and changed:
        try:
            write_together(args.data_dir, {n: texts[n] for n in changed})
        except OSError as e:
            print(f"{args.data_dir.name}/: could not write {', '.join(changed)}: {e}", file=sys.stderr)
            return 1
    print(summary(inputs, rows, changed, args.check))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
