"""`make bench`: what the site costs a phone, per page and language. A benchmark, not a test:
it builds, serves the site gzipped on loopback, measures and prints; it never fails on a target.

  wire.py        bytes on the wire (gzip) at load and after reading through and touching charts
  lighthouse.py  Lighthouse mobile scores and LCP/TBT/CLS
  report.py      the table and the targets
"""
