"""Render one story template for one language into Markdown.

Templates live in scripts/ictsite/story/<lang>/<slug>.md and hold prose only: every figure
comes in through the context below, so no number is ever typed into a page.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import jinja2

from .. import pages as P
from ..cite.build import front_matter
from ..cite.release import release
from ..charts.words import inline_label
from ..data import Dataset
from ..lang import t
from .changelog import changelog_html
from .comparisons import check
from .numbers import LocalNumbers, Quantity
from .tables import article_table

STORY = Path(__file__).resolve().parent.parent / "story"


class MissingTemplate(Exception):
    pass


def environment(lang: str) -> jinja2.Environment:
    # [[ ]] and [% %]: Markdown's attr_list uses {#id}, which Jinja would read as a comment.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(STORY / lang),
        undefined=jinja2.StrictUndefined,
        variable_start_string="[[", variable_end_string="]]",
        block_start_string="[%", block_end_string="%]",
        comment_start_string="[#", comment_end_string="#]",
        keep_trailing_newline=True, autoescape=False,
    )


def credit_block(lang: str, page: P.Page, source: str = "") -> str:
    """The page's source line: the article, unless the page's front matter names its own `source`
    (a release page's figures are the release's, not the article's)."""
    data_link = "../" * page.file.count("/") + P.BY_SLUG["data"].file
    return (
        f'\n\n<aside class="ict-credit" id="source" markdown="1">\n\n'
        f'**{t(lang, "credit.label")}** {source or t(lang, "credit.text")} '
        f'[{t(lang, "credit.data_link")}]({data_link})\n\n</aside>\n'
    )


def render_page(ds: Dataset, quantities: dict[str, Quantity], page: P.Page, lang: str,
                extra: dict[str, Callable] | None = None) -> str:
    template = page.template or page.slug
    path = STORY / lang / f"{template}.md"
    if not path.exists():
        raise MissingTemplate(f"{path.relative_to(STORY.parent.parent.parent)}: no {lang} text for page "
                              f"{page.path} (every page needs both languages)")
    numbers = LocalNumbers(quantities, lang)
    up = "../" * page.file.count("/")  # from a page in a folder (releases/…) back to the docs root
    root = page.root(lang)
    current = release()
    context = {
        "n": numbers,
        "lang": lang,
        "root": root,
        "label": lambda dim, code: ds.label(dim, code, lang),
        # A category's name inside a sentence ("game software", "the Middle East" in English).
        "inline": lambda dim, code: inline_label(ds, dim, code, lang),
        "table": lambda dim: article_table(ds, dim, lang, root),
        # Markdown links between source files: MkDocs resolves them per language and, with
        # validation.anchors, fails the build on a missing page or #anchor.
        "link": lambda slug, anchor="": up + P.BY_SLUG[slug].file + (f"#{anchor}" if anchor else ""),
        "claim": lambda claim_id: f'{up}{P.BY_SLUG["data"].file}#claim-{claim_id}',
        "t": lambda key, **kw: t(lang, key, **kw),
        # A comparative sentence ("the largest", "only") states its claim; the build checks it.
        "holds": lambda name: check(ds, name, str(path.relative_to(STORY.parent.parent.parent))),
        # The release (version, date) comes from data/datapackage.json, the changelog from
        # scripts/ictsite/cite/changelog.yml: never typed into a template.
        "release": current,
        "changelog": lambda: changelog_html(current, lang),
    }
    for name, fn in (extra or {}).items():
        context[name] = (lambda f: lambda *a, **kw: f(ds, lang, page, *a, **kw))(fn)
    text = environment(lang).get_template(f"{template}.md").render(context)
    return text.rstrip("\n") + credit_block(lang, page, str(front_matter(text).get("source") or ""))
