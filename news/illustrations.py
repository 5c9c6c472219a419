"""Illustrations for the demo news, drawn with Pillow: hills, factory roofs, a lake, in the park's colours.

Nothing is downloaded; each picture is drawn from a seed, so a rerun draws the
same picture. Documents for download are one-page PDFs drawn the same way.
"""

import io
import random

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

FOREST = (31, 77, 58)
FOREST_DARK = (22, 58, 43)
LAKE = (23, 95, 140)
LAKE_LIGHT = (111, 179, 217)
AMBER = (224, 164, 58)
SKY = (222, 236, 242)
MIST = (196, 214, 206)
ROOF = (214, 219, 222)
WALL = (244, 246, 243)
INK = (28, 36, 33)

WIDTH, HEIGHT = 1600, 900


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _sky(draw, top, bottom, height):
    for y in range(height):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(top, bottom, y / max(1, height - 1)))


def _hills(draw, rng, base, amplitude, colour, jitter=0.0):
    """A ridge across the whole width: a walk that turns back at its limits, so it never runs flat along them."""
    low, high = base - amplitude, base + amplitude // 3
    points = [(0, HEIGHT)]
    x = 0
    y = base
    while True:
        points.append((x, y))
        if x >= WIDTH:
            break
        x = min(WIDTH + 40, x + rng.randint(60, 140))
        y += rng.randint(-amplitude // 2, amplitude // 2)
        if y < low:
            y = low + (low - y)
        elif y > high:
            y = high - (y - high)
        y = max(low, min(high, y))
    points.append((x, HEIGHT))
    draw.polygon(points, fill=_mix(colour, SKY, jitter))


def _factory(draw, x, ground, width, height, roof_teeth=3):
    """A factory hall with a saw-tooth roof and a band of windows."""
    draw.rectangle([x, ground - height, x + width, ground], fill=WALL, outline=FOREST_DARK, width=3)
    tooth = width / roof_teeth
    for i in range(roof_teeth):
        left = x + i * tooth
        draw.polygon(
            [(left, ground - height), (left + tooth, ground - height), (left + tooth, ground - height - tooth * 0.45)],
            fill=ROOF,
            outline=FOREST_DARK,
        )
    band_top = ground - height * 0.62
    draw.rectangle([x + 14, band_top, x + width - 14, band_top + height * 0.16], fill=LAKE_LIGHT)
    door_width = min(90, width * 0.22)
    draw.rectangle([x + width * 0.12, ground - height * 0.34, x + width * 0.12 + door_width, ground], fill=AMBER)


def _tree(draw, x, ground, size):
    draw.rectangle([x - size * 0.06, ground - size * 0.5, x + size * 0.06, ground], fill=FOREST_DARK)
    draw.ellipse([x - size * 0.35, ground - size * 1.2, x + size * 0.35, ground - size * 0.4], fill=FOREST)


def _lake(draw, top):
    draw.rectangle([0, top, WIDTH, HEIGHT], fill=LAKE)
    for i in range(14):
        y = top + 18 + i * 26
        draw.line([(120 + (i * 97) % 900, y), (320 + (i * 97) % 900, y)], fill=LAKE_LIGHT, width=3)


def draw_scene(kind, seed):
    """A 1600 × 900 RGB picture: "factories", "lake", "construction", "timber" or "meeting"."""
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), SKY)
    draw = ImageDraw.Draw(image)
    _sky(draw, (205, 226, 238), (240, 244, 238), HEIGHT)
    draw.ellipse([1250, 110, 1370, 230], fill=(250, 226, 170))
    _hills(draw, rng, 430, 140, FOREST, jitter=0.55)
    _hills(draw, rng, 540, 110, FOREST, jitter=0.25)
    ground = 760
    if kind == "lake":
        _hills(draw, rng, 600, 60, FOREST, jitter=0.0)
        _lake(draw, 640)
        for x in range(60, WIDTH, 190):
            _tree(draw, x + rng.randint(-30, 30), 655, rng.randint(70, 110))
        return image
    draw.rectangle([0, ground - 120, WIDTH, HEIGHT], fill=(150, 178, 120))
    draw.rectangle([0, ground, WIDTH, HEIGHT], fill=(120, 128, 124))
    for x in range(0, WIDTH, 120):
        draw.rectangle([x + 20, ground + 62, x + 80, ground + 70], fill=WALL)
    if kind == "factories":
        for i, x in enumerate(range(80, WIDTH - 300, 420)):
            _factory(draw, x, ground, 340, 190 + (i % 2) * 40, roof_teeth=3 + i % 2)
        # Trees in the gaps between the halls, never in front of a door.
        for x in [40, *range(460, WIDTH - 300, 420), 1340, 1540]:
            _tree(draw, x, ground + 10, 80)
    elif kind == "construction":
        _factory(draw, 150, ground, 420, 200)
        draw.rectangle([760, ground - 170, 1180, ground], outline=FOREST_DARK, width=6)
        for x in range(760, 1181, 70):
            draw.line([(x, ground - 170), (x, ground)], fill=FOREST_DARK, width=4)
        draw.line([(1300, ground), (1300, 220)], fill=AMBER, width=16)
        draw.line([(1040, 240), (1480, 240)], fill=AMBER, width=12)
        draw.line([(1120, 240), (1120, 420)], fill=INK, width=3)
        draw.rectangle([1095, 420, 1145, 450], fill=FOREST)
    elif kind == "timber":
        _factory(draw, 980, ground, 480, 230)
        for row in range(4):
            for column in range(7):
                cx = 130 + column * 105 + (row % 2) * 52
                cy = ground - 50 - row * 92
                draw.ellipse([cx - 50, cy - 46, cx + 50, cy + 46], fill=(196, 150, 96), outline=(120, 84, 44), width=4)
                draw.ellipse([cx - 22, cy - 20, cx + 22, cy + 20], outline=(150, 110, 60), width=3)
    elif kind == "meeting":
        draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(236, 240, 236))
        draw.rectangle([120, 90, 1480, 520], fill=WALL, outline=FOREST_DARK, width=4)
        draw.rectangle([180, 150, 760, 470], fill=(226, 236, 230))
        draw.polygon([(180, 470), (400, 250), (560, 380), (660, 300), (760, 470)], fill=FOREST)
        draw.rectangle([520, 330, 640, 470], fill=WALL)
        for y in range(180, 460, 56):
            draw.rectangle([820, y, 1400, y + 22], fill=(205, 216, 210))
        draw.rounded_rectangle([200, 620, 1400, 760], radius=40, fill=(160, 120, 80))
        for x in range(260, 1400, 170):
            draw.ellipse([x, 540, x + 90, 630], fill=FOREST if x % 340 else LAKE)
            draw.rectangle([x + 5, 615, x + 85, 640], fill=FOREST_DARK)
    return image


def jpeg_bytes(image, quality=85):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


# ------------------------------------------------------------------ documents

_FONT_DIR = settings.BASE_DIR / "static" / "fonts"
# The bundled Be Vietnam Pro comes in two subsets; a character takes the subset that has it.
_VIETNAMESE_RANGES = [
    (0x0102, 0x0103),
    (0x0110, 0x0111),
    (0x0128, 0x0129),
    (0x0168, 0x0169),
    (0x01A0, 0x01A1),
    (0x01AF, 0x01B0),
    (0x0300, 0x0323),
    (0x1EA0, 0x1EF9),
    (0x20AB, 0x20AB),
]


def _fonts(weight, size):
    return (
        ImageFont.truetype(str(_FONT_DIR / f"be-vietnam-pro-latin-{weight}-normal.woff2"), size),
        ImageFont.truetype(str(_FONT_DIR / f"be-vietnam-pro-vietnamese-{weight}-normal.woff2"), size),
    )


def _font_for(char, fonts):
    code = ord(char)
    return fonts[1] if any(low <= code <= high for low, high in _VIETNAMESE_RANGES) else fonts[0]


def _draw_text(draw, xy, text, fonts, fill):
    x, y = xy
    for char in text:
        font = _font_for(char, fonts)
        draw.text((x, y), char, font=font, fill=fill)
        x += font.getlength(char)


def _wrap(text, fonts, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if sum(_font_for(c, fonts).getlength(c) for c in candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def draw_document_pdf(title, lines, seed):
    """A one-page A4 PDF (at 100 dpi): a scene, a title and a few paragraphs."""
    buffer = io.BytesIO()
    draw_document_page(title, lines, seed).save(buffer, "PDF", resolution=100)
    return buffer.getvalue()


def draw_document_page(title, lines, seed):
    page = Image.new("RGB", (827, 1169), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, 827, 90], fill=FOREST)
    _draw_text(draw, (48, 28), "KCN Thanh Bình · Thanh Binh Industrial Park", _fonts(600, 24), (255, 255, 255))
    scene = draw_scene("factories" if seed % 2 else "lake", seed).resize((731, 411))
    page.paste(scene, (48, 120))
    y = 560
    title_fonts = _fonts(700, 34)
    for line in _wrap(title, title_fonts, 731):
        _draw_text(draw, (48, y), line, title_fonts, FOREST_DARK)
        y += 48
    y += 12
    body_fonts = _fonts(400, 20)
    for paragraph in lines:
        for line in _wrap(paragraph, body_fonts, 731):
            _draw_text(draw, (48, y), line, body_fonts, INK)
            y += 30
        y += 14
    draw.rectangle([0, 1139, 827, 1169], fill=AMBER)
    return page
