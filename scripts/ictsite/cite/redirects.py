"""Redirect pages: a moved page keeps its old URL working, in both languages.

`redirects:` in scripts/ictsite/site/url_manifest.yml maps an old public path (below the
language root, like the pages) to its new path, optionally with a #fragment:

    redirects:
      /method/: /data/#method-notes

For every language this writes <lang root>/<old path>/index.html: a small page in that
language that sends the reader on at once with JavaScript (location.replace, keeping a #fragment
the reader brought, so /method/#x lands on /data/#x), falls back to a meta refresh without
JavaScript, names the new address as canonical for search engines, and shows a link.

mkdocs-redirects 1.2.3 is not used: its pages are English-only with a relative canonical link
(and under mkdocs-static-i18n, which built the site until one MkDocs project per language replaced
it, it found no redirect target and wrote nothing).
"""
from __future__ import annotations

import json
import posixpath
import re
from html import escape

from .. import pages as P
from ..lang import LANGS, lang_path, t

PATH = re.compile(r"/(?:[a-z0-9][a-z0-9-]*/)*")


class RedirectError(Exception):
    pass


def check(redirects: dict[str, str], anchors: dict[str, list[str]] | None = None) -> list[str]:
    """Problems with a redirect map: malformed paths, a live page shadowed, a missing target."""
    live = {p.path for p in P.PAGES}
    problems = []
    for old, new in redirects.items():
        target, _, fragment = new.partition("#")
        if not PATH.fullmatch(old) or old == "/":
            problems.append(f"redirect {old!r}: an old path looks like /name/ (lower-case ASCII, ending in /)")
        if old in live:
            problems.append(f"redirect {old!r}: a live page has that path; a redirect would hide it")
        if target not in live:
            problems.append(f"redirect {old!r} → {new!r}: {target!r} is not a page")
        elif fragment and anchors is not None and fragment not in anchors.get(target, []):
            problems.append(f"redirect {old!r} → {new!r}: #{fragment} is not an anchor of {target} in the manifest")
    return problems


def relative(from_path: str, to_path: str) -> str:
    """A relative link between two site paths ending in /, so the site works under any sub-path."""
    target, _, fragment = to_path.partition("#")
    rel = posixpath.relpath(target, from_path)
    rel = "./" if rel == "." else rel.rstrip("/") + "/"
    return rel + (f"#{fragment}" if fragment else "")


def redirect_html(lang: str, old: str, new: str, site_url: str) -> str:
    old_url, new_url = lang_path(lang, old), lang_path(lang, new)
    href = relative(old_url, new_url)
    canonical = site_url.rstrip("/") + new_url
    title = t(lang, "redirect.title")
    js = json.dumps(href)
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        # JavaScript first: it keeps the reader's #fragment, which a meta refresh would drop.
        f"<script>(function(){{var t={js},h=location.hash;"
        f"location.replace(h.length>1?t.split('#')[0]+h:t);}})();</script>\n"
        f'<meta http-equiv="refresh" content="0; url={escape(href)}">\n'
        '</head>\n<body>\n'
        f"<h1>{escape(title)}</h1>\n"
        f'<p>{escape(t(lang, "redirect.text"))} <a href="{escape(href)}">{escape(t(lang, "redirect.link"))}</a></p>\n'
        "</body>\n</html>\n"
    )


def redirect_pages(redirects: dict[str, str], site_url: str) -> dict[str, str]:
    """{file path below the site root: HTML} for every redirect in every language."""
    problems = check(redirects)
    if problems:
        raise RedirectError("; ".join(problems))
    out = {}
    for lang in LANGS:
        for old, new in redirects.items():
            out[lang_path(lang, old).lstrip("/") + "index.html"] = redirect_html(lang, old, new, site_url)
    return out
