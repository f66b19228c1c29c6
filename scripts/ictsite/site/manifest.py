"""The URL manifest: every public page and citable in-page anchor, identical in both languages.

The committed manifest (url_manifest.yml) is the promise; tests hold the built site to it.
A page or anchor may be added (run `python -m ictsite.site.manifest --write` and commit the
diff on purpose); one may never silently disappear: a page that leaves must get a redirect.
"""
from __future__ import annotations

import argparse
from html.parser import HTMLParser
from pathlib import Path

import yaml

from ..lang import DEFAULT_LANG, site_dir
from ..pages import PAGES, RELEASES_DIR
from ..paths import SITE

MANIFEST = Path(__file__).with_name("url_manifest.yml")
# Citable anchors: headings, charts, tables, ledger rows. Other ids (widgets, captions) are not.
CITABLE_TAGS = {"h1", "h2", "h3"}
CITABLE_PREFIXES = ("chart-", "table-", "claim-")


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self._in_article += 1
        if not self._in_article or "id" not in a:
            return
        ident = a["id"]
        if tag in CITABLE_TAGS or ident.startswith(CITABLE_PREFIXES):
            if not ident.endswith("-caption"):
                self.ids.append(ident)

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article -= 1


def page_file(site: Path, path: str, lang: str) -> Path:
    return site_dir(site, lang) / path.lstrip("/") / "index.html"


def anchors_in(html_file: Path) -> list[str]:
    parser = _Ids()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser.ids


def collect(site: Path = SITE, lang: str = DEFAULT_LANG) -> dict[str, list[str]]:
    """Every page's citable anchors: the fixed pages, then each release's page found in the build."""
    out = {p.path: anchors_in(page_file(site, p.path, lang)) for p in PAGES}
    folder = site_dir(site, lang) / RELEASES_DIR
    for d in sorted(folder.iterdir()) if folder.is_dir() else []:
        if (d / "index.html").is_file():
            out[f"/{RELEASES_DIR}/{d.name}/"] = anchors_in(d / "index.html")
    return out


def load() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


HEADER = """\
# The citation contract: public pages (same paths under /en/) and the in-page anchors that
# readers cite (headings, charts, tables, ledger rows). Tests fail if the built site lacks
# any of them, or carries a citable anchor that is not listed here.
# Never delete an entry: move a page by adding `redirects: {old path: new path}`.
# Regenerate after adding anchors on purpose: .venv/bin/python -m ictsite.site.manifest --write
"""


def collect_embeds(site: Path = SITE, lang: str = DEFAULT_LANG) -> dict[str, list[str]]:
    """Chart-only pages for iframes: public URLs too, each carrying its chart's anchor."""
    from ..charts.tools import EMBED_DIR
    folder = site_dir(site, lang) / EMBED_DIR
    return {f"/{EMBED_DIR}/{d.name}/": anchors_in(d / "index.html")
            for d in sorted(folder.iterdir()) if (d / "index.html").is_file()}


def write(site: Path = SITE) -> None:
    old = load() if MANIFEST.exists() else {}
    data = {"pages": collect(site), "embeds": collect_embeds(site), "redirects": old.get("redirects") or {}}
    MANIFEST.write_text(HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                        encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite url_manifest.yml from site/")
    args = ap.parse_args()
    if args.write:
        write()
        print(f"wrote {MANIFEST}")
    else:
        for path, ids in collect().items():
            print(path, len(ids))
