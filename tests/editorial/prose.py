"""Text of the built story pages, sentence by sentence, and the source article's sentences.

Used by the editorial tests: our own words (no close paraphrase of the article) and the
parity of the two languages. Only prose counts: tables, charts, code, the cite box and
marked quotations (<q>, <blockquote>) are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ictsite.paths import ROOT

SEED_DIR = ROOT.parent / "shared" / "seed"
SEED = SEED_DIR / "000_73f4d05705896842.txt"

# Story pages: the ones that retell the article (the data, release and notebook pages are our
# own reference material and hold no retelling).
STORY_PATHS = ("/", "/industries/", "/firm-size/", "/regions/", "/policy/", "/about/")

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "dd", "figcaption", "th", "td"}
SKIP = {"table", "script", "style", "svg", "code", "pre", "blockquote", "q", "figure", "template",
        "noscript", "button", "nav"}
SKIP_CLASSES = ("ict-references", "ict-tools", "ict-chart", "ict-cite", "ict-credit", "headerlink", "ict-table", "ict-embed",
                "ict-toolbar", "md-source-file")


@dataclass
class Section:
    id: str
    text: list[str] = field(default_factory=list)   # prose blocks
    links: list[str] = field(default_factory=list)  # hrefs, as written
    ids: list[str] = field(default_factory=list)    # ids of elements inside (anchors)


class _Prose(HTMLParser):
    """Collects prose blocks per h2 section of <article>, skipping non-prose elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_article = 0
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.sections: list[Section] = [Section("top")]
        self.buf: list[str] = []
        self.block_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.in_article += 1
        if not self.in_article:
            return
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr", "source"):
            return
        cls = a.get("class") or ""
        skip = tag in SKIP or any(c in cls for c in SKIP_CLASSES)
        self.stack.append((tag, skip))
        if skip:
            self.skip_depth += 1
        if self.skip_depth:
            return
        if tag == "h2" and a.get("id"):
            self._flush()
            self.sections.append(Section(a["id"]))
        if a.get("id"):
            self.sections[-1].ids.append(a["id"])
        if tag == "a" and a.get("href") and "headerlink" not in cls:
            self.sections[-1].links.append(a["href"])
        if tag in BLOCKS:
            self._flush()
            self.block_depth += 1

    def handle_endtag(self, tag):
        if tag == "article" and self.in_article:
            self._flush()
            self.in_article -= 1
            return
        if not self.in_article or not self.stack:
            return
        # Pop to the matching tag (HTML may leave some implicit).
        while self.stack:
            t, skip = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if t in BLOCKS and not self.skip_depth:
                self._flush()
                self.block_depth = max(0, self.block_depth - 1)
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_article and not self.skip_depth:
            self.buf.append(data)

    def _flush(self):
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            self.sections[-1].text.append(text)


def sections(html: str) -> list[Section]:
    p = _Prose()
    p.feed(html)
    p._flush()
    return p.sections


_END = re.compile(r"(?<=[.?!。])\s+|(?<=[다요까])\.(?=\s|$)")


def sentences(block: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", block) if s.strip()]


# "Numbers and units aside": digits, amounts and the units that go with them, punctuation, spaces.
_UNITS = re.compile(r"억\s*달러|만\s*달러|달러|USD|billion|million|%|배|개국|개")
_DROP = re.compile(r"[\d\s\W_]+", re.UNICODE)


# Quotation marks the site uses for the article's own names of things (「」『』‘’ '' “” "").
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|‘[^’]*’|“[^”]*”|'[^']*'|\"[^\"]*\"")


def _terms() -> list[str]:
    """Names every text about these tables must use: the category labels, longest first."""
    import csv
    with open(ROOT / "data" / "labels.csv", encoding="utf-8", newline="") as fh:
        names = {r["ko"] for r in csv.DictReader(fh) if r.get("ko")}
    names |= {"ICT 서비스", "지식서비스", "무역수지", "중소기업", "대기업", "중견기업"}
    return sorted(({_DROP.sub("", n).lower() for n in names} - {""}), key=len, reverse=True)


TERMS = _terms()
# An English gloss in brackets after a Korean term, "(charges for the use of ...)", "(WTO)".
_GLOSS = re.compile(r"\([A-Za-z][A-Za-z ,.'&/-]*\)")


def normalise(s: str, quoted: bool = False) -> str:
    """Numbers, units, punctuation and spaces aside; quotations (unless `quoted`) and the
    tables' category names too, so only the wording around them is compared."""
    if not quoted:
        s = _QUOTED.sub("", s)
    s = _GLOSS.sub("", s)
    s = _DROP.sub("", _UNITS.sub("", s)).lower()
    for term in TERMS:
        s = s.replace(term, "")
    return s


def article_sentences() -> list[str]:
    """The article's prose sentences (its tables left out)."""
    out = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if "\t" in line or not line.strip():
            continue
        out += [s for s in re.split(r"(?<=[.?!])\s+", line.strip()) if s]
    return out
