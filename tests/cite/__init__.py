"""Tests of ictsite.cite: releases, references, head metadata, share cards, redirects, CITATION.cff."""
