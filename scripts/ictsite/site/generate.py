"""Render all pages and generated files of both languages into docs/<lang>/."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .. import paths
from ..cite import build as cite
from ..cite import release as cite_release
from ..cite.redirects import RedirectError, check
from ..data import DataError, load_dataset
from ..data.schema import ALL
from ..lang import DEFAULT_LANG, LANGS, MissingTranslation, PlaceholderError, docs_dir, missing_keys
from .comparisons import ComparisonFailed
from .extras import asset_writers, page_helpers
from .manifest import load as load_manifest
from .numbers import story_quantities
from .releasepages import site_pages
from .render import MissingTemplate, render_page

# The data files offered for download at /data/, copied byte for byte: every file of the package.
DOWNLOADS = (*(spec.name for spec in ALL), "datapackage.json")


class BuildError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def _load(data_dir: Path):
    try:
        return load_dataset(data_dir)
    except DataError as err:
        raise BuildError([str(p) for p in err.problems]) from None


def _release():
    try:
        manifest = load_manifest()
        redirects = manifest.get("redirects") or {}
        problems = check(redirects, manifest.get("pages"))
        if problems:
            raise RedirectError("; ".join(problems))
        return cite_release.release(), cite_release.site_url(), redirects
    except (cite_release.ReleaseError, RedirectError) as err:
        raise BuildError([f"{err}"]) from None


def render_all(stage: Path, data_dir: Path = paths.DATA) -> list[str]:
    """Every page, chart file, embed and download of both languages, into stage/<lang>/."""
    ds = _load(data_dir)
    problems = [f"{lang}: missing UI string {k!r}" for lang, ks in missing_keys().items() for k in ks]
    if problems:
        raise BuildError(problems)
    release, site_url, redirects = _release()
    quantities = story_quantities(ds)
    extras = page_helpers(site_url)
    written, refs = [], []
    for lang in LANGS:
        out = docs_dir(stage, lang)
        out.mkdir(parents=True)
        for page in site_pages(ds):
            if page.file.endswith(".ipynb"):
                from .notebook import write_notebook
                write_notebook(ds, lang, out / page.file, data_dir)
                ref = cite.ref_for(lang, page, None, release, site_url)
                cite.add_cite_cell(out / page.file, ref)
            else:
                try:
                    text = render_page(ds, quantities, page, lang, extras)
                except (MissingTemplate, MissingTranslation, PlaceholderError, ComparisonFailed, KeyError) as err:
                    raise BuildError([str(err).strip("'\"")]) from None
                ref = cite.ref_for(lang, page, text, release, site_url)
                text = cite.with_cite_box(text, ref)
                (out / page.file).parent.mkdir(parents=True, exist_ok=True)
                (out / page.file).write_text(text, encoding="utf-8", newline="\n")
            refs.append(ref)
            written.append(page.url(lang))
    for write in asset_writers(site_url):
        write(ds, stage)
    # Share cards (one PNG per page and language) and the pages that keep moved URLs working.
    cite.write_cards(stage, refs)
    cite.write_redirects(stage, redirects, site_url)
    downloads = docs_dir(stage, DEFAULT_LANG) / "data"
    downloads.mkdir(parents=True, exist_ok=True)
    for name in DOWNLOADS:
        src = data_dir / name
        if src.exists():
            shutil.copyfile(src, downloads / name)
    return written


def generate(docs: Path = paths.DOCS) -> str:
    with tempfile.TemporaryDirectory(dir=docs.parent, prefix=".pages-") as tmp:
        stage = Path(tmp)
        written = render_all(stage)
        for lang in LANGS:
            target = docs_dir(docs, lang)
            if target.exists():
                shutil.rmtree(target)
            docs_dir(stage, lang).rename(target)
    return f"pages: {len(written)} pages written ({', '.join(LANGS)}) into {docs.relative_to(paths.ROOT)}/"
