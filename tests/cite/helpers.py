from __future__ import annotations

from ictsite import pages as P
from ictsite.cite.reference import page_ref
from ictsite.cite.release import release

SITE = "https://pages.example/ict-trade-story/"
META = {"title": "Regions", "description": "Where the exports go."}


def ref(lang: str = "en", slug: str = "regions", meta: dict | None = None, site: str = SITE):
    return page_ref(lang, P.BY_SLUG[slug], META if meta is None else meta, release(), site)
