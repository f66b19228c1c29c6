"""Share-card images (Open Graph / Twitter), drawn at build time with Pillow.

One 1200×630 PNG per page and language: the site's name, the page's title and description,
the source and the version. Fonts are vendored (fonts/, NanumSquare, OFL) so the build needs no
system font and gives the same bytes on every machine with the pinned Pillow.
"""
from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..lang import t
from .reference import CARD_SIZE, PageRef

FONTS = Path(__file__).with_name("fonts")
BOLD, REGULAR = FONTS / "NanumSquareB.ttf", FONTS / "NanumSquareR.ttf"

WIDTH, HEIGHT = CARD_SIZE
MARGIN = 80
INDIGO = (57, 73, 171)       # Material's indigo, the site's primary colour
INK = (26, 28, 36)
BODY = (60, 64, 67)
MUTED = (95, 99, 104)
RULE = (218, 220, 224)
PAPER = (255, 255, 255)
COLOURS = 64                 # palette size: antialiased text on flat colours needs few


@cache
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    # Basic layout: the same glyph positions whether or not Pillow was built with libraqm.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Break text into lines no wider than `width`, at spaces (Korean spaces words too), splitting
    a word only if it alone is too wide; the last line ends with … if text was left over."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if face.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word wider than the line: break it by characters
            if face.getlength(line + ch) > width and line:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and face.getlength(last + "…") > width:
            last = last[:-1].rstrip()
        lines = lines[:max_lines - 1] + [last.rstrip(" ,.;:·—") + "…"]
    return lines


def card_texts(ref: PageRef) -> dict[str, str]:
    """Every text a card draws (tests check the font has a glyph for each character)."""
    return {
        "site": ref.site_name,
        "title": ref.page_title if ref.slug != "index" else ref.site_name,
        "description": ref.description,
        "footer": t(ref.lang, "card.footer"),
        "version": f"v{ref.release.version}",
    }


def render_card(ref: PageRef) -> bytes:
    texts = card_texts(ref)
    img = Image.new("RGB", CARD_SIZE, PAPER)
    draw = ImageDraw.Draw(img)
    inner = WIDTH - 2 * MARGIN

    draw.rectangle((0, 0, WIDTH, 14), fill=INDIGO)
    if texts["title"] != texts["site"]:  # the home page's title is the site's name
        draw.text((MARGIN, 62), texts["site"], font=font(BOLD, 34), fill=INDIGO)

    y = 132 if texts["title"] != texts["site"] else 96
    title_face = font(BOLD, 68)
    for line in wrap(texts["title"], title_face, inner, 2):
        draw.text((MARGIN, y), line, font=title_face, fill=INK)
        y += 86
    y += 18
    body_face = font(REGULAR, 32)
    max_body = max(1, (HEIGHT - 130 - y) // 48)
    for line in wrap(texts["description"], body_face, inner, min(4, max_body)):
        draw.text((MARGIN, y), line, font=body_face, fill=BODY)
        y += 48

    draw.line((MARGIN, HEIGHT - 96, WIDTH - MARGIN, HEIGHT - 96), fill=RULE, width=2)
    foot_face, version_face = font(REGULAR, 24), font(BOLD, 24)
    version_w = version_face.getlength(texts["version"])
    footer = wrap(texts["footer"], foot_face, int(inner - version_w - 40), 1)[0]
    draw.text((MARGIN, HEIGHT - 70), footer, font=foot_face, fill=MUTED)
    draw.text((WIDTH - MARGIN - version_w, HEIGHT - 70), texts["version"], font=version_face, fill=INDIGO)

    # A fixed palette size and no dithering: the same pixels give the same bytes, and the
    # file is a third of the size of the RGB one.
    out = img.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    out.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def missing_glyphs(text: str, path: Path = BOLD) -> list[str]:
    """Characters of `text` the font would draw as its 'missing glyph' box."""
    face = font(path, 40)

    def pixels(ch: str) -> bytes:
        im = Image.new("L", (80, 80))
        ImageDraw.Draw(im).text((10, 10), ch, font=face, fill=255)
        return im.tobytes()

    notdef = pixels("\ue000")  # a private-use code point no font here maps
    return sorted({ch for ch in text if not ch.isspace() and pixels(ch) == notdef})
