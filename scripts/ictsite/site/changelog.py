"""The changelog on /about/, rendered in the page's language from the release's changelog
(scripts/ictsite/cite/changelog.yml, read by cite/release.py)."""
from __future__ import annotations

from html import escape

from ..cite.release import Entry, Release
from ..lang import t
from .scrollwrap import wrapped_table


def _entry_html(entry: Entry, lang: str, first: bool) -> list[str]:
    anchor = "release-" + entry.version.replace(".", "-")
    out = [f'<section class="ict-release" id="{anchor}" aria-labelledby="{anchor}-title">',
           f'<p class="ict-release__title" id="{anchor}-title"><strong>{escape(entry.version)}</strong> · '
           f'<time datetime="{entry.date}">{entry.date}</time></p>',
           "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in entry.changes[lang]) + "</ul>"]
    if entry.figures:
        head = "".join(f'<th scope="col">{escape(t(lang, "changelog.col." + k))}</th>' for k in ("what", "was", "now", "why"))
        rows = "".join(
            f'<tr><th scope="row">{escape(f.what[lang])}</th><td>{escape(f.was[lang])}</td><td>{escape(f.now[lang])}</td>'
            f"<td>{escape(f.why[lang])}</td></tr>" for f in entry.figures)
        out.append(wrapped_table(f'<caption>{escape(t(lang, "changelog.figures"))}</caption>'
                                 f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody>",
                                 # Its own name: the section already carries the release's title,
                                 # and two landmarks may not share one (axe: landmark-unique).
                                 label=f'{t(lang, "changelog.figures")} ({entry.version})'))
    elif not first:
        out.append(f'<p class="ict-release__figures">{escape(t(lang, "changelog.no_figures"))}</p>')
    out.append("</section>")
    return out


def changelog_html(release: Release, lang: str) -> str:
    """Every release, newest first: version, date, what changed, and any figure that changed."""
    last = len(release.changelog) - 1
    lines = ['<div class="ict-changelog">']
    for i, entry in enumerate(release.changelog):
        lines += _entry_html(entry, lang, first=(i == last))
    lines.append("</div>")
    return "\n".join(lines)
