"""Make the TrueType fonts the PDFs use (static/fonts/BeVietnamPro-*.ttf) from the site's own woff2 files.

The web font comes in two subsets per weight (Latin, Vietnamese); the PDF
library embeds TrueType, so each weight's two subsets are decompressed and
merged into one file. Run once when the web font changes, and commit the
result; it needs `brotli` to read woff2 (pip install brotli), which the site
itself does not.

    .venv/bin/python scripts/make_pdf_fonts.py
"""

from pathlib import Path
from tempfile import TemporaryDirectory

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
WEIGHTS = {400: "Regular", 600: "SemiBold", 700: "Bold"}


def main():
    with TemporaryDirectory() as tmp:
        for weight, style in WEIGHTS.items():
            parts = []
            for subset in ("latin", "vietnamese"):
                font = TTFont(FONTS / f"be-vietnam-pro-{subset}-{weight}-normal.woff2")
                font.flavor = None
                path = Path(tmp) / f"{subset}-{weight}.ttf"
                font.save(path)
                parts.append(str(path))
            merged = Merger().merge(parts)
            target = FONTS / f"BeVietnamPro-{style}.ttf"
            merged.save(target)
            print(f"{target.name}: {len(merged.getBestCmap())} characters")


if __name__ == "__main__":
    main()
