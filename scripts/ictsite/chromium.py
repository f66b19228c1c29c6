"""The browser the tests and the benchmark drive: Debian's chromium, never a downloaded one."""
from __future__ import annotations

import os

# CHROME_PATH is also what Lighthouse reads; the Makefile sets it to Debian's chromium.
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# Flags for a sandboxed, offline machine: no background calls to Google, no GPU, no QUIC.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
