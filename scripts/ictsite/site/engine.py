"""Build both language sites, Korean at the root and then English in en/, with MkDocs or ProperDocs.

`python -m ictsite.site.engine [--engine properdocs] [--dir DIR] [--compare OTHER_DIR]`
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from ..lang import DEFAULT_LANG, LANGS, site_dir as lang_site_dir
from ..paths import ROOT, SITE

CONFIGS = {"ko": ROOT / "mkdocs.yml", "en": ROOT / "docs" / "mkdocs.en.yml"}
_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def build(site_dir: Path = SITE, engine: str = "mkdocs") -> None:
    """The root language first: its build empties site_dir, the others then fill <lang>/ in it."""
    exe = Path(sys.executable).parent / engine
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    for lang in sorted(LANGS, key=lambda lang: lang != DEFAULT_LANG):
        out = lang_site_dir(site_dir, lang)
        subprocess.run([str(exe), "build", "--strict", "--quiet", "-f", str(CONFIGS[lang]), "-d", str(out)],
                       cwd=ROOT, env=env, check=True)


def differences(a: Path, b: Path) -> list[str]:
    """Files only in one site, or whose bytes differ (HTML: apart from the generator tag)."""
    files = {d: {p.relative_to(d).as_posix() for p in d.rglob("*") if p.is_file()} for d in (a, b)}
    out = [f"only in {d}: {f}" for d in (a, b) for f in sorted(files[d] - files[b if d == a else a])]
    for rel in sorted(files[a] & files[b]):
        x, y = (a / rel).read_bytes(), (b / rel).read_bytes()
        if rel.endswith(".html"):
            x, y = _GENERATOR.sub(b"", x), _GENERATOR.sub(b"", y)
        if x != y:
            out.append(f"differs: {rel}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="mkdocs", choices=("mkdocs", "properdocs"))
    ap.add_argument("--dir", type=Path, default=SITE)
    ap.add_argument("--compare", type=Path, help="another build of the same commit to compare with")
    args = ap.parse_args()
    build(args.dir, args.engine)
    if args.compare:
        diff = differences(args.compare, args.dir)
        print("\n".join(diff) or f"{args.engine} build in {args.dir} matches {args.compare}")
        sys.exit(1 if diff else 0)
