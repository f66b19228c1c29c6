"""Every link in the built site, in both languages, reaches a file, and every #fragment an id.

Checked on the files GitHub Pages will serve (dir/ → dir/index.html), so no server or network
is needed. Links to other hosts are reader-facing references and are not fetched.
"""
from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


BASE = "http://site.invalid/"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("id", "name"):
            if a.get(key):
                self.ids.add(a[key])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.links.append(a["src"])
        elif tag == "link" and a.get("href") and a.get("rel") not in ("alternate", "canonical"):
            self.links.append(a["href"])


@cache
def parsed(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    return p


def target_file(site: Path, url_path: str) -> Path | None:
    f = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/"):
        f = f / "index.html"
    return f if f.is_file() else None


def broken_links(site: Path) -> list[str]:
    broken = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel == "404.html":  # served at any depth; its links are absolute to site_url
            continue
        page_url = urljoin(BASE, rel.removesuffix("index.html"))
        for link in parsed(html).links:
            if link.startswith(("mailto:", "javascript:", "data:")):
                continue
            absolute = urljoin(page_url, link)
            parts = urlsplit(absolute)
            if not absolute.startswith(BASE):
                continue  # another host: a reference for readers, never loaded by the page
            target = target_file(site, parts.path)
            if target is None:
                broken.append(f"{rel}: {link} (no file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parsed(target).ids:
                broken.append(f"{rel}: {link} (no #{parts.fragment})")
    return broken


def test_no_broken_link_or_fragment_in_either_language(site_dir):
    broken = broken_links(site_dir)
    assert not broken, "\n".join(broken[:30])


def test_the_checker_finds_a_broken_fragment(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<h2 id="here">x</h2><a href="../b/">b</a><a href="#gone">g</a>')
    (tmp_path / "index.html").write_text('<a href="a/#here">ok</a><a href="a/#nope">bad</a>')
    assert broken_links(tmp_path) == ["a/index.html: ../b/ (no file)", "a/index.html: #gone (no #gone)",
                                      "index.html: a/#nope (no #nope)"]
