"""Steps on the built site that MkDocs does not do for us."""
from __future__ import annotations

from pathlib import Path

from ..lang import LANGS, lang_path


def write_sitemap_index(site: Path, site_url: str) -> Path:
    """sitemap_index.xml at the root, pointing at each language's own sitemap.xml (MkDocs writes those)."""
    root = site_url.rstrip("/")
    maps = "".join(f"<sitemap><loc>{root}{lang_path(lang, 'sitemap.xml')}</loc></sitemap>" for lang in LANGS)
    target = site / "sitemap_index.xml"
    target.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                      f'schemas/sitemap/0.9">{maps}</sitemapindex>\n', encoding="utf-8")
    return target
