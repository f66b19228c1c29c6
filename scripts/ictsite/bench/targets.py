"""Issue 4's targets, in one place for the report."""
KB = 1000  # bytes; the peers are quoted in kB

PERF_MIN = 95          # Lighthouse mobile performance
A11Y_MIN = 100         # Lighthouse accessibility
CLS_MAX = 0.0          # no layout shift at all
LOAD_MAX_CHARTS = 250 * KB
LOAD_MAX_PLAIN = 150 * KB
AFTER_MAX = 550 * KB   # once the reader has scrolled through and touched every chart
