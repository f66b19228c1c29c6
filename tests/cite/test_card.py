"""Share-card images: the right size, the same bytes every build, every character drawable."""
from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageFont

from ictsite import pages as P
from ictsite.cite.card import BOLD, REGULAR, card_texts, missing_glyphs, render_card, wrap
from ictsite.cite.reference import CARD_SIZE
from ictsite.lang import LANGS
from ictsite.paths import DOCS

from .helpers import ref

ALL = [(lang, page) for lang in LANGS for page in P.PAGES]


def meta_of(lang, page):
    """The real title and description, from the generated page (or the strings for the notebook)."""
    from ictsite.cite.build import front_matter
    f = DOCS / lang / page.file
    return front_matter(f.read_text(encoding="utf-8")) if page.file.endswith(".md") and f.exists() else {}


def test_card_is_a_png_of_the_open_graph_size_and_deterministic():
    png = render_card(ref("ko"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG" and img.size == CARD_SIZE == (1200, 630)
    assert render_card(ref("ko")) == png
    assert render_card(ref("en")) != png
    assert len(png) < 60_000


@pytest.mark.parametrize("lang, page", ALL, ids=lambda x: getattr(x, "slug", x))
def test_every_character_a_card_draws_has_a_glyph(lang, page):
    texts = card_texts(ref(lang, page.slug, meta_of(lang, page)))
    for path in (BOLD, REGULAR):
        assert missing_glyphs("".join(texts.values()), path) == []


def test_the_glyph_check_finds_a_missing_glyph():
    assert missing_glyphs("가a\U0001F600") == ["\U0001F600"]


def test_hangul_and_the_sites_punctuation_are_drawn_not_boxed():
    assert missing_glyphs("한국 ICT 서비스 무역 「대한민국」·—’") == []


def test_wrap_breaks_at_spaces_and_ellipsises():
    face = ImageFont.truetype(str(REGULAR), 32)
    lines = wrap("하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 " * 10, face, 400, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(face.getlength(line) <= 400 for line in lines)
    assert wrap("짧은 글", face, 400, 3) == ["짧은 글"]
    long_word = wrap("가" * 40, face, 300, 5)
    assert len(long_word) > 1 and all(face.getlength(line) <= 300 for line in long_word)


def test_vendored_fonts_have_their_licence_and_provenance():
    folder = BOLD.parent
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    import hashlib
    for font in (BOLD, REGULAR):
        digest = hashlib.sha256(font.read_bytes()).hexdigest()
        assert re.search(rf"`{font.name}` \| `{digest}`", readme), f"{font.name}: sha256 not recorded"
