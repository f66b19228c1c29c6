"""MkDocs hooks: thin dispatch into scripts/ictsite, where the real (tested) work lives."""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files  # noqa: F401 (type)

from ictsite.site.postbuild import split_search_index


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


def on_post_build(config, **kwargs):
    split_search_index(Path(config["site_dir"]))
