"""The site's pages: slug, source template, public path. The public paths are the citation contract."""
from __future__ import annotations

from dataclasses import dataclass

from .lang import lang_path


def root_of(url: str) -> str:
    """Relative prefix from a directory URL such as /en/regions/ back to the site root."""
    return "../" * len([part for part in url.split("/") if part])


@dataclass(frozen=True)
class Page:
    slug: str      # template name under scripts/ictsite/story/<lang>/
    file: str      # file written under docs/<lang>/
    path: str      # public path below the language root
    template: str = ""  # story template, if not the slug (release pages share one)

    def url(self, lang: str) -> str:
        """Site-root-relative public URL, e.g. /en/regions/."""
        return lang_path(lang, self.path)

    def root(self, lang: str) -> str:
        """Relative prefix from this page to the site root (where /assets/ lives)."""
        return root_of(self.url(lang))


PAGES: tuple[Page, ...] = (
    Page("index", "index.md", "/"),
    Page("industries", "industries.md", "/industries/"),
    Page("firm-size", "firm-size.md", "/firm-size/"),
    Page("regions", "regions.md", "/regions/"),
    Page("policy", "policy.md", "/policy/"),
    Page("data", "data.md", "/data/"),
    Page("releases", "releases/index.md", "/releases/"),
    Page("notebook", "notebook.ipynb", "/notebook/"),
    Page("about", "about.md", "/about/"),
)
BY_SLUG = {p.slug: p for p in PAGES}
RELEASES_DIR = "releases"


def release_page(slug: str) -> Page:
    """A release's own page, /releases/<slug>/, drawn from the shared `release` template."""
    return Page(f"release-{slug}", f"{RELEASES_DIR}/{slug}.md", f"/{RELEASES_DIR}/{slug}/", "release")


def page_for_path(path: str) -> Page | None:
    """The page at a public path below the language root, release pages included."""
    for page in PAGES:
        if page.path == path:
            return page
    parts = [p for p in path.split("/") if p]
    if len(parts) == 2 and parts[0] == RELEASES_DIR:
        return release_page(parts[1])
    return None


def href(from_page: Page, to_page: Page, lang: str, anchor: str = "") -> str:
    """A relative link between two pages of the same language (works under any sub-path)."""
    target = to_page.url(lang)
    rel = from_page.root(lang) + target.lstrip("/")
    return (rel or "./") + (f"#{anchor}" if anchor else "")
