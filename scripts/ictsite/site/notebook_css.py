"""Prune the CSS that nbconvert inlines into the notebook page down to what the page can use.

mkdocs-jupyter puts nbconvert's whole JupyterLab stylesheet (~590 kB: every widget, the
Material Design palette and some 560 custom properties on .jupyter-wrapper) in <style> blocks
around the notebook, plus a copy of the pygments CSS written out as a Python list repr, which
no browser can use. The notebook page needs a few dozen of those classes.

`prune_notebook_css(html)` rewrites only those blocks, leaving every other byte of the page
as it was:

- a rule is kept if at least one selector in its list could match the page: all the class
  names and ids it requires occur in the page (or in its inline scripts, which may add them;
  `md-` classes count as present, as Material's bundle adds them at run time). Type, attribute
  and pseudo selectors, and everything inside :not(), :is(), :where() or :has(), are taken to
  match. The selector list keeps only the selectors that could match.
- @media, @supports, @container and @layer blocks are pruned inside and dropped when empty;
  @keyframes stay only if a kept declaration names them; other at-rules stay as they are.
- a custom property (`--x: …`) is kept only if a kept declaration, a kept custom property
  (transitively), the rest of the page (inline scripts and style attributes) or `keep_vars`
  (the site's own and the theme's stylesheets) mentions it.
- a block whose text is a Python list repr (mkdocs-jupyter's duplicate of the pygments CSS)
  is dropped, and so is a block left empty.

The notebook's blocks are the <style> elements between the start of the page's <article> and
the notebook's `<div class="jupyter-wrapper">`, inside that wrapper, and the one right after
its closing `<!-- jupyter-wrapper -->` comment. A page without that wrapper is returned as is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import tinycss2

_WRAPPER_OPEN = '<div class="jupyter-wrapper">'
_WRAPPER_CLOSE = "<!-- jupyter-wrapper -->"
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
_STYLE_RIGHT_AFTER = re.compile(r"\s*<style\b[^>]*>.*?</style\s*>", re.S | re.I)
# Material's bundle adds classes of its own (md-typeset__scrollwrap around tables, md-clipboard…).
_RUNTIME_CLASS_PREFIXES = ("md-",)
_NESTED_RULE_LISTS = {"media", "supports", "container", "layer"}
_KEYFRAMES = re.compile(r"(-[a-z]+-)?keyframes")
_NAME = re.compile(r"--?[A-Za-z_][\w-]*|[A-Za-z_][\w-]*")
_CUSTOM_PROPERTY = re.compile(r"--[A-Za-z_][\w-]*")


def prune_notebook_css(html: str, keep_vars: Iterable[str] = ()) -> str:
    """Return `html` with the notebook's inline <style> blocks pruned (see the module doc)."""
    spans = notebook_style_spans(html)
    if not spans:
        return html
    outside = "".join(html[a:b] for a, b in _gaps(spans, len(html)))
    used = _UsedNames.of(outside)
    keep = set(_CUSTOM_PROPERTY.findall(outside)) | set(keep_vars)
    sheets = [None if _is_list_repr(text) else _parse(text) for text in (_inner(html, s) for s in spans)]
    sheets = [None if s is None else _select(s, used) for s in sheets]
    names = set(_NAME.findall(outside))
    kept = [s for s in sheets if s is not None]
    for sheet in kept:
        names |= _mentioned(sheet)
    sheets = [None if s is None else _drop_unused_keyframes(s, names) for s in sheets]
    live = _live_custom_properties([s for s in sheets if s is not None], keep)
    out, pos = [], 0
    for (start, end), sheet in zip(spans, sheets):
        out.append(html[pos:start])
        css = "" if sheet is None else _serialize(_drop_dead_custom_properties(sheet, live))
        if css:
            open_tag = html[start:html.index(">", start) + 1]
            out.append(f"{open_tag}\n{css}\n</style>")
        pos = end
    out.append(html[pos:])
    return "".join(out)


def notebook_style_spans(html: str) -> list[tuple[int, int]]:
    """(start, end) of each notebook <style> element, in page order; [] if there is no notebook."""
    opened = html.find(_WRAPPER_OPEN)
    if opened < 0:
        return []
    closed = html.find(_WRAPPER_CLOSE, opened)
    if closed < 0:
        return []
    article = html.rfind("<article", 0, opened)
    start = opened if article < 0 else article
    end = closed + len(_WRAPPER_CLOSE)
    after = _STYLE_RIGHT_AFTER.match(html, end)
    if after:
        end = after.end()
    return [m.span() for m in _STYLE.finditer(html, start, end)]


def stylesheet_var_mentions(files: Iterable[Path]) -> frozenset[str]:
    """Custom property names (`--x`) that these stylesheets or scripts mention; missing files are skipped."""
    names: set[str] = set()
    for f in files:
        if f.is_file():
            names.update(_CUSTOM_PROPERTY.findall(f.read_text(encoding="utf-8", errors="replace")))
    return frozenset(names)


def site_assets(theme_dirs: Iterable[str], docs_dir: str, extra: Iterable[str]) -> list[Path]:
    """The theme's stylesheets and scripts, and the site's extra_css / extra_javascript files."""
    files = [f for d in theme_dirs for pattern in ("assets/stylesheets/*.css", "assets/javascripts/*.js")
             for f in sorted(Path(d).glob(pattern))]
    return files + [Path(docs_dir) / str(e) for e in extra]


# --- which names the page uses ---------------------------------------------------------------

class _UsedNames(HTMLParser):
    """Class names and ids in the page's markup, plus every word of its inline scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.classes: set[str] = set()
        self.ids: set[str] = set()
        self._in_script = False

    @classmethod
    def of(cls, html: str) -> _UsedNames:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "class" and value:
                self.classes.update(value.split())
            elif name == "id" and value:
                self.ids.add(value)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            words = set(_NAME.findall(data))
            self.classes |= words
            self.ids |= words

    def has_class(self, name: str) -> bool:
        return name in self.classes or name.startswith(_RUNTIME_CLASS_PREFIXES)


def _could_match(selector: list, used: _UsedNames) -> bool:
    """False only if the selector needs a class or id the page does not have."""
    for prev, token in zip([None, *selector], selector):
        if token.type == "ident" and prev is not None and prev.type == "literal" and prev.value == ".":
            if not used.has_class(token.value):
                return False
        elif token.type == "hash" and token.is_identifier and token.value not in used.ids:
            return False
    return True


# --- parsing, pruning, writing ---------------------------------------------------------------

def _gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    edges = [0, *(x for span in spans for x in span), length]
    return list(zip(edges[::2], edges[1::2]))


def _inner(html: str, span: tuple[int, int]) -> str:
    return _STYLE.fullmatch(html, *span).group(1)


def _is_list_repr(text: str) -> bool:
    return text.lstrip().startswith(("['", '["'))


def _parse(text: str) -> list:
    return tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)


def _split_selectors(prelude: list) -> list[list]:
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return [_strip(s) for s in selectors]


def _strip(tokens: list) -> list:
    start, end = 0, len(tokens)
    while start < end and tokens[start].type in ("whitespace", "comment"):
        start += 1
    while end > start and tokens[end - 1].type in ("whitespace", "comment"):
        end -= 1
    return tokens[start:end]


class _Rule:
    """A kept style rule: the selectors that could match, and its declarations (or raw content)."""

    def __init__(self, selectors: list[list], declarations: list | None, raw: list):
        self.selectors = selectors
        self.declarations = declarations
        self.raw = raw

    @classmethod
    def parse(cls, selectors: list[list], content: list) -> _Rule:
        items = tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True)
        # Anything but plain declarations (nested rules, parse errors) stays exactly as written.
        return cls(selectors, items if all(i.type == "declaration" for i in items) else None, content)


class _Block:
    """A kept at-rule; `rules` is its pruned content for @media and the like, else None (kept raw)."""

    def __init__(self, rule, rules: list | None):
        self.rule = rule
        self.rules = rules


def _select(rules: list, used: _UsedNames) -> list:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in _split_selectors(rule.prelude) if _could_match(s, used)]
            if selectors:
                kept.append(_Rule.parse(selectors, rule.content))
        elif rule.type == "at-rule" and rule.lower_at_keyword in _NESTED_RULE_LISTS and rule.content is not None:
            inner = _select(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used)
            if inner:
                kept.append(_Block(rule, inner))
        elif rule.type == "at-rule" and rule.lower_at_keyword == "charset":
            if not kept:
                kept.append(_Block(rule, None))
        elif rule.type == "at-rule":
            kept.append(_Block(rule, None))
    return kept


def _walk(sheet: list):
    for item in sheet:
        if isinstance(item, _Block) and item.rules is not None:
            yield from _walk(item.rules)
        else:
            yield item


def _names_in(tokens: list) -> set[str]:
    """Every identifier in a token list, nested blocks and function arguments included."""
    names = set()
    for token in tokens:
        if token.type == "ident":
            names.add(token.value)
        elif token.type == "function":
            names.add(token.name)
            names |= _names_in(token.arguments)
        elif token.type in ("() block", "[] block", "{} block"):
            names |= _names_in(token.content)
    return names


def _mentioned(sheet: list) -> set[str]:
    """Identifiers in the sheet's declaration values and raw contents (not in keyframes' own names)."""
    names = set()
    for item in _walk(sheet):
        if isinstance(item, _Rule):
            if item.declarations is None:
                names |= _names_in(item.raw)
            else:
                for d in item.declarations:
                    names |= _names_in(d.value)
        elif item.rule.content is not None:
            names |= _names_in(item.rule.content)
    return names


def _keyframes_name(item) -> str | None:
    if isinstance(item, _Block) and _KEYFRAMES.fullmatch(item.rule.lower_at_keyword):
        names = [t.value for t in item.rule.prelude if t.type in ("ident", "string")]
        return names[0] if names else None
    return None


def _drop_unused_keyframes(sheet: list, names: set[str]) -> list:
    out = []
    for item in sheet:
        name = _keyframes_name(item)
        if name is not None and name not in names:
            continue
        if isinstance(item, _Block) and item.rules is not None:
            item = _Block(item.rule, _drop_unused_keyframes(item.rules, names))
        out.append(item)
    return out


def _live_custom_properties(sheets: list[list], seeds: set[str]) -> set[str]:
    """Custom properties some kept declaration needs, following var() chains."""
    defined: dict[str, set[str]] = {}
    live = set(seeds)
    for sheet in sheets:
        for item in _walk(sheet):
            if isinstance(item, _Rule) and item.declarations is not None:
                for d in item.declarations:
                    mentions = {n for n in _names_in(d.value) if n.startswith("--")}
                    if d.name.startswith("--"):
                        defined.setdefault(d.name, set()).update(mentions)
                    else:
                        live |= mentions
            else:
                raw = item.raw if isinstance(item, _Rule) else (item.rule.content or [])
                live |= {n for n in _names_in(raw) if n.startswith("--")}
    todo = list(live)
    while todo:
        for name in defined.get(todo.pop(), ()):
            if name not in live:
                live.add(name)
                todo.append(name)
    return live


def _drop_dead_custom_properties(sheet: list, live: set[str]) -> list:
    out = []
    for item in sheet:
        if isinstance(item, _Rule) and item.declarations is not None:
            declarations = [d for d in item.declarations if not d.name.startswith("--") or d.name in live]
            if not declarations:
                continue
            item = _Rule(item.selectors, declarations, item.raw)
        elif isinstance(item, _Block) and item.rules is not None:
            inner = _drop_dead_custom_properties(item.rules, live)
            if not inner:
                continue
            item = _Block(item.rule, inner)
        out.append(item)
    return out


def _declaration(d) -> str:
    value = tinycss2.serialize(_strip(d.value))
    if d.name.startswith("--") and not value:
        value = " "  # an empty custom property needs its whitespace to stay valid in older engines
    return f"{d.name}:{value}{'!important' if d.important else ''}"


def _serialize(sheet: list) -> str:
    lines = []
    for item in sheet:
        if isinstance(item, _Rule):
            selectors = ",".join(tinycss2.serialize(s) for s in item.selectors)
            body = (";".join(_declaration(d) for d in item.declarations) if item.declarations is not None
                    else tinycss2.serialize(item.raw).strip())
            lines.append(f"{selectors}{{{body}}}")
        elif item.rules is not None:
            prelude = tinycss2.serialize(item.rule.prelude).strip()
            lines.append(f"@{item.rule.at_keyword} {prelude}{{\n{_serialize(item.rules)}\n}}")
        else:
            lines.append(item.rule.serialize())
    return "\n".join(lines)
