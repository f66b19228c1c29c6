"""`python -m ictsite.charts [DOCS_DIR]`: write the generated chart files (default docs/)."""
import sys
from pathlib import Path

from ..data import load_dataset
from ..paths import DOCS
from . import write_chart_assets

if __name__ == "__main__":
    docs = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS
    print(f"charts: {len(write_chart_assets(load_dataset(), docs))} files under {docs}/<lang>/charts/")
