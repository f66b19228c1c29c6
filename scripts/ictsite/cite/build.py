"""The cite stage of `make pages`: cite boxes into the pages, share cards and redirect pages
into the staged docs/<lang>/ folders (called from scripts/ictsite/site/generate.py)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .. import pages as P
from ..lang import docs_dir, split_path
from .card import render_card
from .redirects import redirect_pages
from .reference import PageRef, cite_box, page_ref
from .release import Release

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(markdown: str) -> dict:
    m = FRONT_MATTER.match(markdown)
    return (yaml.safe_load(m.group(1)) or {}) if m else {}


def with_cite_box(markdown: str, ref: PageRef) -> str:
    """The page's Markdown with the cite box at the end (after the source credit)."""
    return markdown.rstrip("\n") + "\n\n" + cite_box(ref)


def add_cite_cell(notebook_file: Path, ref: PageRef) -> None:
    """Append the cite box to a generated notebook as its last Markdown cell."""
    import nbformat
    nb = nbformat.read(str(notebook_file), as_version=4)
    cell = nbformat.v4.new_markdown_cell(cite_box(ref, markdown_heading=False))
    cell["id"] = "cell-cite"  # stable, so two builds write identical files
    nb.cells.append(cell)
    nbformat.write(nb, str(notebook_file))


def lang_dir(stage: Path, site_path: str) -> Path:
    """Where a file that the site serves at `site_path` (below the root) goes in the stage."""
    lang, rest = split_path(site_path)
    return docs_dir(stage, lang) / rest


def write_cards(stage: Path, refs: list[PageRef]) -> int:
    for ref in refs:
        target = lang_dir(stage, ref.image_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_card(ref))
    return len(refs)


def write_redirects(stage: Path, redirects: dict[str, str], site_url: str) -> int:
    pages = redirect_pages(redirects, site_url)
    for path, html in pages.items():
        target = lang_dir(stage, path)
        if target.exists():
            raise FileExistsError(f"redirect {path} would overwrite a generated file")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8", newline="\n")
    return len(pages)


def ref_for(lang: str, page: P.Page, markdown: str | None, release: Release, site_url: str) -> PageRef:
    return page_ref(lang, page, front_matter(markdown) if markdown else None, release, site_url)
