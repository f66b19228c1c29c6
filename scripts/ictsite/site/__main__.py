"""`make pages`: validate data, render every page in both languages, then publish into docs/.

Everything is rendered into a staging folder first; docs/ko and docs/en are replaced only
when every page of both languages rendered, so a failure never leaves a half-built site.
"""
from __future__ import annotations

import sys

from .generate import BuildError, generate


def main() -> int:
    try:
        summary = generate()
    except BuildError as err:
        for line in err.problems:
            print(f"error: {line}", file=sys.stderr)
        print("pages: nothing written", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
