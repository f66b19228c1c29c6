"""MkDocs hooks for both language builds: thin dispatch into scripts/ictsite, where the tested work lives.

mkdocs.yml builds the Korean site at the root; docs/mkdocs.en.yml the English one under en/.
Both share the root's assets: docs/assets and Material's own (the English pages point at them,
so switching language downloads no stylesheet or script again).
"""
from __future__ import annotations

import re
from pathlib import Path

from jinja2 import pass_context
from mkdocs.structure.files import File, Files

from ictsite import paths
from ictsite.cite.release import site_url
from ictsite.cite.theme import page_context
from ictsite.lang import DEFAULT_LANG, lang_path, prefix
from ictsite.site.postbuild import write_sitemap_index

SHARED = ("assets/",)  # Material's assets and ours, published once at the root
_build: dict[str, str] = {}


def on_config(config, **kwargs):
    lang = config.theme["language"]
    _build.update(lang=lang, root=site_url())
    if lang != DEFAULT_LANG:
        config.site_url = _build["root"] + prefix(lang)
        for script in config.extra_javascript:  # not passed through the `url` filter below
            script.path = "../" + script.path
    return config


def on_files(files: Files, config, **kwargs) -> Files:
    if _build["lang"] == DEFAULT_LANG:
        for path in sorted((paths.DOCS / "assets").rglob("*")):
            if path.is_file():
                files.append(File(path.relative_to(paths.DOCS).as_posix(), str(paths.DOCS), config.site_dir,
                                  config.use_directory_urls))
    else:
        for f in [f for f in files if f.src_uri.startswith(SHARED)]:
            files.remove(f)
    return files


def on_env(env, config, files, **kwargs):
    if _build["lang"] != DEFAULT_LANG:
        url = env.filters["url"]
        env.filters["url"] = pass_context(lambda ctx, value: url(ctx, "../" + value if str(value).startswith(SHARED)
                                                                 else value))
    return env


# mkdocs-jupyter inlines nbconvert's JupyterLab stylesheet (~590 kB) around the notebook, and empty,
# MathJax and Mermaid scripts it does not use. Material and site.css style the notebook instead.
_NBCONVERT = re.compile(r'<style\b.*?</style>|<script (?:src=""|type="text/x-mathjax-config"|type="module")>.*?</script>', re.S)


def on_page_content(html, page, config, files):
    return _NBCONVERT.sub("", html) if page.file.src_uri.endswith(".ipynb") else html


def on_page_context(context, page, config, nav):
    # Citation, Open Graph and JSON-LD metadata for <head>, and the footer's release line.
    context.update(page_context(lang_path(_build["lang"], page.url).lstrip("/"), page.meta, _build["root"]))
    context.update(ict_root=_build["root"])
    if _build["lang"] != DEFAULT_LANG:  # one browser storage (e.g. the palette choice) for both languages
        config.extra["scope"] = f"{context['base_url']}/.."
    return context


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    if _build["lang"] == DEFAULT_LANG:
        write_sitemap_index(site, _build["root"])
    else:
        (site / "404.html").unlink(missing_ok=True)  # GitHub Pages serves the root's, in both languages
