"""Steps on the built site that MkDocs plugins do not do for us."""
from __future__ import annotations

import json
from pathlib import Path

from .pages import DEFAULT_LANG, LANGS


def split_search_index(site: Path) -> dict[str, int]:
    """Give each language its own search index, so Korean readers get Korean hits and vice versa.

    mkdocs-static-i18n builds one index holding both languages; the theme override points each
    language's search at <lang root>/search/search_index.json.
    """
    src = site / "search" / "search_index.json"
    index = json.loads(src.read_text(encoding="utf-8"))
    counts = {}
    for lang in LANGS:
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        others = tuple(f"{o}/" for o in LANGS if o != DEFAULT_LANG and o != lang)
        if lang == DEFAULT_LANG:
            docs = [d for d in index["docs"] if not d["location"].startswith(tuple(f"{o}/" for o in LANGS if o != lang))]
        else:
            docs = [dict(d, location=d["location"][len(prefix):]) for d in index["docs"]
                    if d["location"].startswith(prefix) and not d["location"].startswith(others)]
        config = dict(index["config"], lang=[lang])
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
        counts[lang] = len(docs)
    return counts
