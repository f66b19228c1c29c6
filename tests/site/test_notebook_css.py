"""The notebook page keeps only the inline CSS it can use (scripts/ictsite/site/notebook_css.py)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import mkdocs_jupyter
import pytest

from ictsite.site import manifest
from ictsite.site.notebook_css import notebook_style_spans, prune_notebook_css
from ictsite.site.pages import LANGS

STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S)

# Budgets for the built page (the whole page at load, HTML + CSS + JS, gzipped, is held to 150 kB
# by `make bench`; before pruning, the HTML alone was ~105 kB gzipped and its inline CSS ~595 kB).
INLINE_CSS_MAX = 60_000       # raw characters in the notebook page's <style> blocks
HTML_GZIP_MAX = 60_000        # bytes of the page's HTML, gzipped


def page(head_styles: str, notebook: str, after: str = "", tail: str = "") -> str:
    """A page shaped like Material + mkdocs-jupyter: <style> blocks before, in and after the wrapper."""
    return (f"<html><head><style>.head-only{{color:red}}</style></head><body class=\"md-typeset\">"
            f"<article class=\"md-content__inner\">{head_styles}"
            f'<div class="jupyter-wrapper">\n<div class="jp-Notebook">{notebook}</div> <!-- jp-Notebook -->\n'
            f"</div> <!-- jupyter-wrapper -->\n\n        {after}\n</article>{tail}</body></html>")


def styles(html: str) -> list[str]:
    return [m.group(1).strip() for m in STYLE.finditer(html)]


def notebook_css(html: str) -> str:
    return "\n".join(STYLE.fullmatch(html, *span).group(1) for span in notebook_style_spans(html))


def test_unused_rules_go_and_used_rules_stay():
    html = page("<style>.jp-Cell{padding:5px}.jp-Toolbar{display:flex}</style>", '<div class="jp-Cell"></div>')
    css = notebook_css(prune_notebook_css(html))
    assert ".jp-Cell{padding:5px}" in css
    assert "jp-Toolbar" not in css


def test_a_selector_needs_every_class_and_id_it_names():
    html = page("<style>.jp-Cell.jp-mod-active{a:b}.jp-Cell #main{c:d}.jp-Cell #cell-1{e:f}</style>",
                '<div class="jp-Cell" id="cell-1"></div>')
    css = notebook_css(prune_notebook_css(html))
    assert "jp-mod-active" not in css and "#main" not in css
    assert ".jp-Cell #cell-1{e:f}" in css


def test_selector_lists_keep_only_the_selectors_that_can_match():
    html = page("<style>.jp-Cell,.jp-Widget .x,\n  .jp-OutputArea > pre{margin:0}</style>",
                '<div class="jp-Cell"><div class="jp-OutputArea"></div></div>')
    assert notebook_css(prune_notebook_css(html)).strip() == ".jp-Cell,.jp-OutputArea > pre{margin:0}"


def test_element_attribute_and_pseudo_selectors_are_kept():
    css = ("<style>.jupyter-wrapper table{width:max-content}[data-md-color-scheme=slate] .k{color:green}"
           ".jp-Cell:not(.jp-mod-noOutputs) pre{margin:0}:is(.jp-Absent) p{x:y}</style>")
    html = page(css, '<div class="jp-Cell"><span class="k">import</span></div>')
    assert notebook_css(prune_notebook_css(html)).strip() == (
        ".jupyter-wrapper table{width:max-content}\n[data-md-color-scheme=slate] .k{color:green}\n"
        ".jp-Cell:not(.jp-mod-noOutputs) pre{margin:0}\n:is(.jp-Absent) p{x:y}")


def test_classes_that_scripts_add_count_as_used():
    # Material adds md-typeset__scrollwrap around tables at run time; inline scripts name theirs.
    html = page("<style>.jupyter-wrapper .md-typeset__scrollwrap{margin:0}.jp-RenderedMermaid{display:flex}"
                ".jp-Unused{x:y}</style><script>el.classList.add('jp-RenderedMermaid')</script>", "")
    css = notebook_css(prune_notebook_css(html))
    assert ".md-typeset__scrollwrap{margin:0}" in css and ".jp-RenderedMermaid{display:flex}" in css
    assert "jp-Unused" not in css


def test_media_blocks_are_pruned_inside_and_dropped_when_empty():
    html = page("<style>@media print{.jp-Cell{break-inside:avoid}.jp-Toolbar{display:none}}"
                "@media (min-width:4320px){.jp-Toolbar{zoom:2}}"
                "@supports (display:grid){@media screen{.jp-Cell{display:grid}.jp-Menu{x:y}}}</style>",
                '<div class="jp-Cell"></div>')
    css = notebook_css(prune_notebook_css(html))
    assert css.strip() == ("@media print{\n.jp-Cell{break-inside:avoid}\n}\n"
                           "@supports (display:grid){\n@media screen{\n.jp-Cell{display:grid}\n}\n}")


def test_keyframes_stay_only_if_a_kept_rule_animates_with_them():
    html = page("<style>@keyframes spin{to{rotate:1turn}}@keyframes blink{50%{opacity:0}}"
                ".jp-Cell{animation:spin 1s}.jp-Cursor{animation:blink 1s}@font-face{font-family:X;src:url(x.woff2)}</style>",
                '<div class="jp-Cell"></div>')
    css = notebook_css(prune_notebook_css(html))
    assert "@keyframes spin" in css and "blink" not in css
    assert "@font-face" in css


def test_unused_custom_properties_go_and_var_chains_stay():
    html = page("<style>.jupyter-wrapper{--jp-a:var(--jp-b);--jp-b:var(--md-grey-100);--md-grey-100:#f5f5f5;"
                "--md-red-50:#ffebee;--jp-unused:var(--md-red-50);--jp-script:1px;--jp-theirs:2px;--jp-inline:0}"
                ".jp-Cell{background:var(--jp-a)}.jp-Gone{color:var(--jp-gone)}"
                ".jupyter-wrapper{--jp-gone:red}</style>"
                "<script>getComputedStyle(el).getPropertyValue('--jp-script')</script>",
                '<div class="jp-Cell" style="margin:var(--jp-inline)"></div>')
    css = notebook_css(prune_notebook_css(html, keep_vars={"--jp-theirs"}))
    assert css.strip() == (".jupyter-wrapper{--jp-a:var(--jp-b);--jp-b:var(--md-grey-100);--md-grey-100:#f5f5f5;"
                           "--jp-script:1px;--jp-theirs:2px;--jp-inline:0}\n.jp-Cell{background:var(--jp-a)}")


def test_the_list_repr_block_goes_and_empty_blocks_go():
    pygments = "pre { line-height: 125%; }\n.highlight-ipynb .k { color: green }"
    html = page(f'<style type="text/css">\n    {pygments}\n  </style><style>.jp-Toolbar{{x:y}}</style>',
                '<pre class="highlight-ipynb"><span class="k">def</span></pre>',
                after=f"<style>\n        {[pygments]!r}\n        </style>")
    out = prune_notebook_css(html)
    assert "['" not in out and "jp-Toolbar" not in out
    assert len(notebook_style_spans(out)) == 1
    assert '<style type="text/css">\npre{line-height:125%}\n.highlight-ipynb .k{color:green}\n</style>' in out


def test_the_rest_of_the_page_is_untouched():
    tail = "<footer><style>.jp-Toolbar{x:y}</style></footer>"
    html = page("<style>.jp-Toolbar{x:y}</style>", '<div class="jp-Cell">text</div>', tail=tail)
    out = prune_notebook_css(html)
    assert out == html.replace("<style>.jp-Toolbar{x:y}</style><div", "<div", 1)
    assert styles(out) == [".head-only{color:red}", ".jp-Toolbar{x:y}"]


def test_a_page_without_a_notebook_is_returned_as_is():
    html = "<html><head><style>.jp-Toolbar{x:y}</style></head><body><article>text</article></body></html>"
    assert prune_notebook_css(html) is html


def test_pruning_is_deterministic_and_idempotent():
    html = page("<style>.jupyter-wrapper{--jp-a:1px;--jp-b:2px}.jp-Cell{margin:var(--jp-a) var(--jp-b)}</style>",
                '<div class="jp-Cell"></div>')
    once = prune_notebook_css(html)
    assert prune_notebook_css(html) == once
    assert prune_notebook_css(once) == once


# --- the built notebook pages ------------------------------------------------------------------

@pytest.fixture(params=LANGS)
def built_notebook(request, site_dir) -> str:
    return manifest.page_file(site_dir, "/notebook/", request.param).read_text(encoding="utf-8")


def test_built_notebook_inline_css_is_small(built_notebook):
    css = sum(len(m.group(1)) for m in STYLE.finditer(built_notebook))
    assert css < INLINE_CSS_MAX, f"{css} characters of inline CSS"
    assert "['pre" not in built_notebook, "mkdocs-jupyter's list-repr <style> block is still there"


def test_built_notebook_html_is_small_gzipped(built_notebook):
    size = len(gzip.compress(built_notebook.encode("utf-8"), compresslevel=9, mtime=0))
    assert size <= HTML_GZIP_MAX, f"{size} bytes gzipped"


def test_built_notebook_keeps_the_styles_it_uses(built_notebook):
    css = notebook_css(built_notebook)
    for rule in (".highlight-ipynb .kn{", ".highlight-ipynb .s1{", ".jupyter-wrapper .jp-InputArea-editor{",
                 ".jupyter-wrapper .jp-OutputArea-output pre{", "[data-md-color-scheme=slate] .jupyter-wrapper{"):
        assert rule in css, rule
    # Every var() the kept CSS uses and nbconvert's CSS defines is still defined (the rest are Material's).
    defined = set(re.findall(r"(--[\w-]+):", css))
    used = set(re.findall(r"var\((--[\w-]+)", css))
    assert not (used - defined) & nbconvert_custom_properties()


def nbconvert_custom_properties() -> set[str]:
    assets = Path(mkdocs_jupyter.__file__).parent / "templates" / "mkdocs_html" / "assets"
    return {name for f in assets.glob("*.css") for name in re.findall(r"(--[\w-]+)\s*:", f.read_text(encoding="utf-8"))}
