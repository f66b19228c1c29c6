"""MkDocs hooks: thin dispatch into scripts/ictsite, where the real (tested) work lives."""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from ictsite.cite.release import site_url
from ictsite.cite.theme import page_context
from ictsite.site.notebook_css import prune_notebook_css, site_assets, stylesheet_var_mentions
from ictsite.site.postbuild import split_search_index, write_sitemap


@event_priority(-200)  # after mkdocs-static-i18n (-100), which rebuilds the file list
def on_files(files: Files, config, **kwargs) -> Files:
    # static-i18n replaces mkdocs-jupyter's NotebookFile wrappers with plain files, and the
    # notebook page then comes out as raw JSON (static-i18n issue 198). Wrap them again.
    # Swap in place: the Files object carries the i18n plugin's own state.
    from mkdocs_jupyter.plugin import NotebookFile
    for f in list(files):
        if f.src_uri.endswith(".ipynb") and not isinstance(f, NotebookFile):
            files.remove(f)
            nb = NotebookFile(f, **config)
            # NotebookFile recomputes its address from the source path (ko/notebook.ipynb);
            # keep the address i18n gave the file instead (notebook/ at the root for ko).
            nb.dest_path, nb.abs_dest_path, nb.url = f.dest_uri, f.abs_dest_path, f.url
            files.append(nb)
    return files


# The public root, read once per build rather than once per page. (i18n gives each language
# build its own config site_url, …/en/ for English, so MkDocs' own value is not the root.)
_public: dict[str, str] = {}


def on_config(config, **kwargs):
    _public["root"] = site_url()
    return config


def on_page_context(context, page, config, nav):
    # Citation, Open Graph and JSON-LD metadata for <head>, and the footer's release line.
    context.update(page_context(page.url, page.meta, _public["root"]))
    return context


def on_post_page(output, page, config):
    # nbconvert inlines ~590 kB of JupyterLab CSS into the notebook page; keep what it can use.
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    assets = site_assets(config["theme"].dirs, config["docs_dir"], [*config["extra_css"], *config["extra_javascript"]])
    return prune_notebook_css(output, keep_vars=stylesheet_var_mentions(assets))


# Latest search docs per language, across the per-language builds of one `mkdocs build`.
_search_docs: dict[str, list[dict]] = {}


@event_priority(-200)  # after static-i18n's own post-build, which merges the languages' search indexes
def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    split_search_index(site, _search_docs)
    write_sitemap(site, _public["root"], os.environ.get("SOURCE_DATE_EPOCH"))
