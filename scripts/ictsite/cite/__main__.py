"""`python -m ictsite.cite --write-cff`: rewrite CITATION.cff from the current release."""
from __future__ import annotations

import argparse
import sys

from .. import paths
from ..data.package import published
from .cff import CFF, cff_text
from .release import release


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-cff", action="store_true", help="rewrite CITATION.cff")
    args = ap.parse_args(argv)
    keywords = published().get("keywords", [])
    text = cff_text(release(), keywords)
    if args.write_cff:
        CFF.write_text(text, encoding="utf-8")
        print(f"wrote {CFF.relative_to(paths.ROOT)}")
        return 0
    current = CFF.read_text(encoding="utf-8") if CFF.exists() else ""
    if current != text:
        print("CITATION.cff is out of date: run python -m ictsite.cite --write-cff", file=sys.stderr)
        return 1
    print("CITATION.cff is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
