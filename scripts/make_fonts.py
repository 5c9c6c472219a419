"""Make the site's fonts from the subsets of Be Vietnam Pro: the pages' web fonts
(static/fonts/be-vietnam-pro-<weight>.woff2) and the PDFs' TrueType fonts (static/fonts/BeVietnamPro-<style>.ttf),
one file of each per weight, the Latin and the Vietnamese subsets merged.

A Vietnamese page uses letters of both subsets on every line, so with one file per subset each weight cost the
browser two requests; merged, a page loads one file per weight, which it preloads (templates/base.html). The PDF
library embeds TrueType only, so the PDFs' fonts are the same merge, uncompressed. The subsets
(static/fonts/be-vietnam-pro-<subset>-<weight>-normal.woff2, from @fontsource/be-vietnam-pro) stay the source.
Run once when the font changes, and commit the result:

    .venv/bin/python scripts/make_fonts.py
"""

from pathlib import Path
from tempfile import TemporaryDirectory

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
# Each weight, and the style its TrueType file is named by.
WEIGHTS = {400: "Regular", 600: "SemiBold", 700: "Bold"}
SUBSETS = ("latin", "vietnamese")


def merged(weight, tmp):
    """The weight's subsets merged into one font (the merger reads uncompressed TrueType files)."""
    parts = []
    for subset in SUBSETS:
        font = TTFont(FONTS / f"be-vietnam-pro-{subset}-{weight}-normal.woff2")
        font.flavor = None
        path = Path(tmp) / f"{subset}-{weight}.ttf"
        font.save(path)
        parts.append(str(path))
    return Merger().merge(parts)


def main():
    with TemporaryDirectory() as tmp:
        for weight, style in WEIGHTS.items():
            web = merged(weight, tmp)
            web.flavor = "woff2"
            for font, target in (
                (web, FONTS / f"be-vietnam-pro-{weight}.woff2"),
                (merged(weight, tmp), FONTS / f"BeVietnamPro-{style}.ttf"),
            ):
                font.save(target)
                print(f"{target.name}: {len(font.getBestCmap())} characters, {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
