"""How one page is cited: its record, the formatted reference, BibTeX, and the cite box.

Pure functions of (language, page, its title and description, release, public address), so the
cite box written at page-generation time and the <head> metadata written at build time agree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from .. import pages as P
from ..lang import prefix, t
from .release import Release

SOCIAL_DIR = "social"          # share-card images, under each language's root
CARD_SIZE = (1200, 630)        # Open Graph's recommended 1.91:1


@dataclass(frozen=True)
class PageRef:
    lang: str
    slug: str
    page_title: str        # the page's own title ("Regions")
    title: str             # what a reference calls it ("Regions — Korea's ICT services trade 2024")
    site_name: str
    description: str
    url: str               # absolute public URL of this page in this language
    root: str              # the site's public root URL (site_url), for files shared by both languages
    lang_root: str         # absolute public URL of this language's home page
    image_url: str         # absolute public URL of the share card
    image_path: str        # the share card's path below the site root (social/… or en/social/…)
    release: Release
    page: P.Page
    basis: str             # what the page is based on: the article, or its front matter's `basis`
    note: str              # the cite box's advice: the article's, or the front matter's `cite_note`

    @property
    def path(self) -> str:
        return self.page.url(self.lang)


def page_text(lang: str, page: P.Page, meta: dict | None) -> tuple[str, str]:
    """A page's title and description: from its front matter, else from the UI strings."""
    meta = meta or {}
    title = str(meta.get("title") or t(lang, f"page.title.{page.slug}"))
    description = str(meta.get("description") or t(lang, f"page.description.{page.slug}"))
    return title, " ".join(description.split())


def page_ref(lang: str, page: P.Page, meta: dict | None, release: Release, site_url: str) -> PageRef:
    title, description = page_text(lang, page, meta)
    site = t(lang, "site.name")
    root = site_url.rstrip("/") + "/"
    lang_root = root + prefix(lang)
    image_path = prefix(lang) + f"{SOCIAL_DIR}/{page.slug}.png"
    return PageRef(
        lang=lang, slug=page.slug, page_title=title,
        title=site if page.path == "/" else t(lang, "cite.title.page", page=title, site=site),
        site_name=site, description=description,
        url=root + page.url(lang).lstrip("/"), root=root, lang_root=lang_root,
        image_url=root + image_path, image_path=image_path, release=release, page=page,
        basis=" ".join(str((meta or {}).get("basis") or t(lang, "cite.basis")).split()),
        note=" ".join(str((meta or {}).get("cite_note") or t(lang, "cite.note")).split()),
    )


def reference(ref: PageRef) -> str:
    """The formatted reference, in the page's language, with the access date left to the reader."""
    key = "cite.reference.site" if ref.page.path == "/" else "cite.reference.page"
    return t(ref.lang, key, author=t(ref.lang, "cite.author"), year=ref.release.year, page=ref.page_title,
             site=ref.site_name, version=ref.release.version, url=ref.url,
             accessed=t(ref.lang, "cite.accessed"), basis=ref.basis)


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&#_$~^])")


def bibtex_escape(text: str) -> str:
    def sub(m: re.Match) -> str:
        c = m.group(1)
        return {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}.get(c, "\\" + c)
    return _BIBTEX_SPECIAL.sub(sub, text)


def bibtex_key(ref: PageRef) -> str:
    return f"ict-trade-story-{ref.release.year}-{ref.slug}-{ref.lang}"


def bibtex(ref: PageRef) -> str:
    """A @misc entry (BibTeX and biblatex both read it); urldate is left to the reader."""
    fields = [
        ("author", "{" + bibtex_escape(t(ref.lang, "cite.author")) + "}"),
        ("title", "{" + bibtex_escape(ref.title) + "}"),
        ("year", ref.release.year),
        ("version", ref.release.version),
        ("url", ref.url),
        ("howpublished", r"\url{" + ref.url + "}"),
        ("language", t(ref.lang, "cite.bibtex.language")),
        ("note", bibtex_escape(t(ref.lang, "cite.bibtex.note", version=ref.release.version,
                                 date=ref.release.date, basis=ref.basis))),
    ]
    width = max(len(k) for k, _ in fields)
    body = ",\n".join(f"  {k.ljust(width)} = {{{v}}}" for k, v in fields)
    return f"{t(ref.lang, 'cite.bibtex.urldate')}\n@misc{{{bibtex_key(ref)},\n{body}\n}}"


def release_line(ref: PageRef) -> str:
    return t(ref.lang, "cite.release", version=ref.release.version, date=ref.release.date)


def cite_box(ref: PageRef, markdown_heading: bool = True) -> str:
    """The cite box: a heading (#cite), the release, the reference and BibTeX with copy buttons.

    One HTML block with no blank line inside, so Python-Markdown and the notebook's Markdown
    renderer both pass it through untouched. The copy buttons stay hidden until cite.js runs;
    without JavaScript the text is there to select.
    """
    lang = ref.lang
    page = ref.page
    changelog = P.href(page, P.BY_SLUG["about"], lang, "changelog")
    heading = (f"## {t(lang, 'cite.heading')} {{#cite}}" if markdown_heading
               else f"<h2 id='cite'>{escape(t(lang, 'cite.heading'))}</h2>")
    data = {
        "copied": t(lang, "cite.copied"),
        "copy-failed": t(lang, "cite.copy_failed"),
        "section-link": t(lang, "cite.section_link", heading="{heading}"),
        "section-copied": t(lang, "cite.section_copied"),
    }
    attrs = " ".join(f'data-ict-{k}="{escape(v)}"' for k, v in data.items())
    bib = escape(bibtex(ref))
    lines = [
        f'<div class="ict-cite" {attrs}>',
        f'<p class="ict-cite__release">{escape(release_line(ref))} · '
        f'<a href="{escape(changelog)}">{escape(t(lang, "cite.changelog"))}</a></p>',
        f'<p class="ict-cite__label" id="cite-reference-label">{escape(t(lang, "cite.label.reference"))}</p>',
        f'<p class="ict-cite__text" id="cite-reference" aria-labelledby="cite-reference-label">{escape(reference(ref))}</p>',
        f'<p class="ict-cite__actions"><button type="button" class="ict-cite__copy" '
        f'data-ict-copy="cite-reference">{escape(t(lang, "cite.copy.reference"))}</button></p>',
        # BibTeX folds away: the box stays short, and opens (and prints) in full.
        f'<details class="ict-cite__more"><summary class="ict-cite__label" id="cite-bibtex-label">'
        f'{escape(t(lang, "cite.label.bibtex"))}</summary>',
        f'<pre class="ict-cite__bibtex" id="cite-bibtex" tabindex="0" role="region" '
        f'aria-labelledby="cite-bibtex-label">{bib}</pre>',
        f'<p class="ict-cite__actions"><button type="button" class="ict-cite__copy" '
        f'data-ict-copy="cite-bibtex">{escape(t(lang, "cite.copy.bibtex"))}</button></p>',
        "</details>",
        f'<p class="ict-cite__note">{escape(ref.note)} '
        f'<span class="ict-cite__hint">{escape(t(lang, "cite.section_hint"))}</span></p>',
        "</div>",
    ]
    return f"{heading}\n\n" + "\n".join(lines) + "\n"
