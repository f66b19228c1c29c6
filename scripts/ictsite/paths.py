"""Where things live in the repository, resolved once so every stage agrees."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
DOCS = ROOT / "docs"
SITE = ROOT / "site"
