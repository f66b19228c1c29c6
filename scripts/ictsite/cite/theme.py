"""What the theme override (docs/overrides) needs per page, for the MkDocs hook to hand over."""
from __future__ import annotations

from markupsafe import Markup

from .. import pages as P
from ..data.package import published
from ..lang import split_path, t
from .head import head_html
from .reference import page_ref, release_line
from .release import release


def page_of(url: str) -> tuple[str, P.Page] | None:
    """(language, page) for a MkDocs page URL such as '', 'regions/', 'en/notebook/'."""
    lang, path = split_path(url)
    page = P.page_for_path("/" + path)
    return (lang, page) if page else None


def page_context(url: str, meta: dict | None, site_url: str) -> dict:
    """Template variables: ict_head (metadata for <head>) and ict_release (the footer's line)."""
    found = page_of(url)
    if found is None:
        return {}
    lang, page = found
    ref = page_ref(lang, page, meta, release(), site_url)
    about = P.href(page, P.BY_SLUG["about"], lang, "changelog")
    footer = (f'{release_line(ref)} · <a href="{about}">{t(lang, "cite.changelog")}</a>')
    has_description = bool((meta or {}).get("description"))
    return {
        "ict_head": Markup(head_html(ref, published(), with_description=not has_description)),
        "ict_release": Markup(footer),
    }
