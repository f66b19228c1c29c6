"""Broken copies of data/ for the validator to reject, built fresh in tmp_path."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ictsite.paths import DATA


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may break."""
    dst = tmp_path / "data"
    shutil.copytree(DATA, dst)
    return dst
