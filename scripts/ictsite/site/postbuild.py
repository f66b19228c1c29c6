"""Steps on the built site that MkDocs plugins do not do for us."""
from __future__ import annotations

import json
from pathlib import Path

from .pages import DEFAULT_LANG, LANGS


def _lang_of(location: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in LANGS and first != DEFAULT_LANG and location.startswith(first + "/") else DEFAULT_LANG


def split_search_index(site: Path, seen: dict[str, list[dict]]) -> dict[str, int]:
    """Give each language its own search index, so Korean readers get Korean hits and vice versa.

    mkdocs-static-i18n builds each language in turn, each build rewriting
    site/search/search_index.json with its own pages, and merges them all into that file after
    the last one. `seen` carries the latest docs of each language from one call to the next;
    each call writes every language's index it has seen, and the theme override points each
    language's search at <lang root>/search/.
    """
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    fresh: dict[str, list[dict]] = {}
    for doc in index["docs"]:
        fresh.setdefault(_lang_of(doc["location"]), []).append(doc)
    seen.update(fresh)
    counts = {}
    for lang, docs in seen.items():
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        docs = [dict(d, location=d["location"][len(prefix):]) for d in docs]
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        # Keep the search plugin's configuration (lunr languages en + ko, the separator) as
        # Material set it; only the documents are split.
        config = index["config"]
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
        counts[lang] = len(docs)
    return counts


def write_sitemap(site: Path, site_url: str, source_date_epoch: str | None) -> int:
    """sitemap.xml (and .gz) listing every page in both languages with hreflang alternates.

    Written by us because static-i18n's sitemap leaves out the notebook page. lastmod comes
    from SOURCE_DATE_EPOCH (the Makefile sets it to the commit time), so builds are reproducible.
    """
    import gzip
    from datetime import datetime, timezone

    from .pages import PAGES, RELEASES_DIR, release_page

    # Release pages come from data/; the build has written them, so read them off the site.
    folder = site / RELEASES_DIR
    pages = [*PAGES, *(release_page(d.name) for d in sorted(folder.iterdir()) if (d / "index.html").is_file())] \
        if folder.is_dir() else list(PAGES)
    root = site_url.rstrip("/") + "/"
    lastmod = ""
    if source_date_epoch:
        day = datetime.fromtimestamp(int(source_date_epoch), tz=timezone.utc).strftime("%Y-%m-%d")
        lastmod = f"<lastmod>{day}</lastmod>"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page in pages:
        urls = {lang: root + page.url(lang).lstrip("/") for lang in LANGS}
        links = "".join(f'<xhtml:link rel="alternate" hreflang="{lang}" href="{u}"/>' for lang, u in urls.items())
        links += f'<xhtml:link rel="alternate" hreflang="x-default" href="{urls[DEFAULT_LANG]}"/>'
        for lang in LANGS:
            out.append(f"<url><loc>{urls[lang]}</loc>{lastmod}{links}</url>")
    out.append("</urlset>\n")
    xml = "\n".join(out).encode("utf-8")
    # Material looks for a sitemap at each language's root (config.base), so each gets a copy.
    for lang in LANGS:
        folder = site if lang == DEFAULT_LANG else site / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "sitemap.xml").write_bytes(xml)
        (folder / "sitemap.xml.gz").write_bytes(gzip.compress(xml, mtime=int(source_date_epoch or 0)))
    return len(pages) * len(LANGS)
