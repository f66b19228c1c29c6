"""The parts of scripts/ictsite depend on each other one way only: no import cycle between subpackages.

Every import counts, those inside functions too (they hid the cite <-> site cycle). A part is a
subpackage (site, cite, charts, data, bench) or a top-level module (lang, pages, fmt, paths, ...).
"""
from __future__ import annotations

import ast
from pathlib import Path


from ictsite.paths import ROOT

PACKAGE = ROOT / "scripts" / "ictsite"

def _part(package: Path, file: Path) -> str:
    rel = file.relative_to(package)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _targets(package: Path, file: Path, node: ast.AST) -> list[str]:
    """The absolute module names (below the package, dotted) an import statement reaches."""
    name = package.name
    if isinstance(node, ast.Import):
        return [a.name[len(name) + 1:] for a in node.names if a.name.startswith(name + ".")]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level == 0:
        if node.module == name:
            return [a.name for a in node.names]
        return [node.module[len(name) + 1:]] if node.module and node.module.startswith(name + ".") else []
    here = list(file.relative_to(package).parent.parts)
    base = here[:len(here) - (node.level - 1)] if node.level > 1 else here
    if node.level - 1 > len(here):
        return []  # above the package
    if node.module:
        return [".".join(base + node.module.split("."))]
    return [".".join(base + [a.name]) for a in node.names]  # from .. import pages


def import_graph(package: Path = PACKAGE) -> dict[tuple[str, str], list[str]]:
    """{(part, part it imports): ['file:line', ...]} over every .py file of the package."""
    edges: dict[tuple[str, str], list[str]] = {}
    for file in sorted(package.rglob("*.py")):
        src = _part(package, file)
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
            for target in _targets(package, file, node):
                dst = target.split(".")[0]
                if dst and dst != src:
                    where = f"{file.relative_to(package).as_posix()}:{node.lineno}"
                    edges.setdefault((src, dst), []).append(where)
    return edges


def cycles(edges) -> list[list[str]]:
    """One cycle (as a path a -> ... -> a) through each edge that closes one."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)

    def path(start: str, goal: str) -> list[str] | None:
        seen, stack = {start}, [[start]]
        while stack:
            p = stack.pop()
            if p[-1] == goal:
                return p
            for nxt in sorted(graph.get(p[-1], ())):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(p + [nxt])
        return None

    found = []
    for a, b in sorted(edges):
        back = path(b, a)
        if back:
            found.append([a] + back)
    return found


def describe(cycle: list[str], edges) -> str:
    return "; ".join(f"{a} -> {b} ({', '.join(edges[(a, b)][:3])})" for a, b in zip(cycle, cycle[1:]))


def test_no_import_cycle_between_subpackages():
    edges = import_graph()
    found = cycles(edges)
    assert not found, "import cycles: " + " | ".join(describe(c, edges) for c in found)


def test_the_parts_that_once_formed_cycles_depend_one_way():
    edges = import_graph()
    assert ("site", "cite") in edges and ("cite", "site") not in edges
    # The share rule sits below both (ictsite.quantity), so charts no longer reach into site.
    assert ("site", "charts") in edges and ("charts", "site") not in edges
    # A chart is drawn from the dataset, the language and the public address it is given: charts
    # read nothing of the citation layer (its toolbar once read mkdocs.yml through cite).
    assert ("charts", "cite") not in edges


def test_a_cycle_hidden_in_a_function_is_found(tmp_path):
    pkg = tmp_path / "ictsite"
    for folder, text in {"a": "from ..b import thing\n",
                         "b": "def thing():\n    from ..a.mod import x\n    return x\n"}.items():
        (pkg / folder).mkdir(parents=True)
        (pkg / folder / "__init__.py").write_text("")
        (pkg / folder / "mod.py").write_text(text)
    (pkg / "top.py").write_text("from . import a\n")
    edges = import_graph(pkg)
    assert edges == {("a", "b"): ["a/mod.py:1"], ("b", "a"): ["b/mod.py:2"], ("top", "a"): ["top.py:1"]}
    assert cycles(edges) == [["a", "b", "a"], ["b", "a", "b"]]
