"""Make the site's web fonts (static/fonts/be-vietnam-pro-<weight>.woff2): one file per weight, the Latin and
the Vietnamese subsets of Be Vietnam Pro merged.

A Vietnamese page uses letters of both subsets on every line, so with one file per subset each weight cost the
browser two requests; merged, a page loads one file per weight, which it preloads (templates/base.html). The
subsets (static/fonts/be-vietnam-pro-<subset>-<weight>-normal.woff2, from @fontsource/be-vietnam-pro) stay the
source, of these files and of the PDFs' TrueType fonts (scripts/make_pdf_fonts.py). Run once when the font
changes, and commit the result:

    .venv/bin/python scripts/make_fonts.py
"""

from pathlib import Path
from tempfile import TemporaryDirectory

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
WEIGHTS = (400, 600, 700)
SUBSETS = ("latin", "vietnamese")


def merge(weight, tmp):
    parts = []
    for subset in SUBSETS:
        font = TTFont(FONTS / f"be-vietnam-pro-{subset}-{weight}-normal.woff2")
        font.flavor = None
        path = Path(tmp) / f"{subset}-{weight}.ttf"
        font.save(path)
        parts.append(str(path))
    merged = Merger().merge(parts)
    merged.flavor = "woff2"
    target = FONTS / f"be-vietnam-pro-{weight}.woff2"
    merged.save(target)
    return target, len(merged.getBestCmap())


def main():
    with TemporaryDirectory() as tmp:
        for weight in WEIGHTS:
            target, characters = merge(weight, tmp)
            print(f"{target.name}: {characters} characters, {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
