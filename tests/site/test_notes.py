"""Methodological and discrepancy notes are collapsible notes beside the claim they qualify: closed
<details class="note"> blocks with a summary, in the same sections in both languages."""
from __future__ import annotations

import re

import pytest

from ictsite.site import manifest
from ictsite.lang import LANGS

# The story pages that carry notes. /policy/ has none of its own yet: its notes sit inside
# paragraphs that another change is rewriting.
NOTE_PAGES = ("/", "/industries/", "/firm-size/", "/regions/")
H2 = re.compile(r'<h2 id="([^"]+)"')
NOTE = re.compile(r'<details class="note"(?P<open>[^>]*)>\s*<summary>(?P<summary>[^<]+)</summary>(?P<body>.*?)</details>',
                  re.S)


def notes_by_section(site_dir, path: str, lang: str) -> dict[str, list[re.Match]]:
    text = manifest.page_file(site_dir, path, lang).read_text(encoding="utf-8")
    text = text[text.index('<article'):text.index('</article>')]
    cuts = [(m.start(), m.group(1)) for m in H2.finditer(text)]
    bounds = [(0, "(top)")] + cuts
    out = {}
    for i, (start, name) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        out[name] = list(NOTE.finditer(text[start:end]))
    return out


@pytest.mark.parametrize("path", NOTE_PAGES)
def test_notes_are_closed_summarised_and_in_the_same_sections_in_both_languages(site_dir, path):
    found = {lang: notes_by_section(site_dir, path, lang) for lang in LANGS}
    ko, en = found["ko"], found["en"]
    assert list(ko) == list(en)
    assert {k: len(v) for k, v in ko.items()} == {k: len(v) for k, v in en.items()}, path
    notes = [m for lang in LANGS for ms in found[lang].values() for m in ms]
    assert notes, f"{path} has no collapsible note"
    for m in notes:
        assert "open" not in m.group("open"), "a note starts closed"
        assert m.group("summary").strip()
        assert re.search(r"<p>.+</p>", m.group("body"), re.S), "the note's text is rendered Markdown"
        assert "[[" not in m.group("body") and "](" not in m.group("body")
