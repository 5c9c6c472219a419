"""PDF documents made on request from live data: the site's font, a header and footer, and the few blocks
the data sheets are built of (headings, label and value rows, paragraphs, lists, outlines drawn as vectors).

fpdf2 is pure Python and embeds TrueType fonts: the site's own Be Vietnam Pro
(static/fonts/BeVietnamPro-*.ttf, made from the web font by
scripts/make_fonts.py), so every Vietnamese letter prints, and a PDF
reader can copy and search the text.
"""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
FAMILY = "BeVietnamPro"

# The site's palette (static/css/site.css), as RGB.
FOREST = (31, 77, 58)
INK = (28, 33, 31)
MUTED = (88, 99, 94)
LINE = (214, 222, 218)
TINT = (242, 246, 244)
AMBER = (232, 163, 38)
LAKE = (27, 104, 150)

NEXT_LINE = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


class Document(FPDF):
    """An A4 page in millimetres, with the site's font, a running header and a footer with the page number."""

    def __init__(self, *, title, header, footer, language):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.add_font(FAMILY, "", FONT_DIR / "BeVietnamPro-Regular.ttf")
        self.add_font(FAMILY, "B", FONT_DIR / "BeVietnamPro-Bold.ttf")
        self.add_font(FAMILY + "-SemiBold", "", FONT_DIR / "BeVietnamPro-SemiBold.ttf")
        # A letter Be Vietnam Pro has not (Korean, Japanese, Chinese) is taken from the fallback fonts, if any.
        fallbacks = [f"fallback{index}" for index in range(len(settings.PDF_FALLBACK_FONTS))]
        for family, path in zip(fallbacks, settings.PDF_FALLBACK_FONTS, strict=True):
            self.add_font(family, "", path)
        if fallbacks:
            self.set_fallback_fonts(fallbacks, exact_match=False)
        for font in self.fonts.values():
            # The glyphs embedded are the font files' own, bounding boxes included: copied as they are, rather than
            # each decoded and encoded again to work out bounds the files already hold (most of the time of a PDF).
            font.ttfont.recalcBBoxes = False
        self.set_lang(language)
        self.set_title(title)
        self.set_author(header)
        self.set_creator(header)
        self.running_header = header
        self.running_footer = footer
        self.set_margins(16, 18, 16)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_text_color(*INK)
        self.alias_nb_pages()
        self.add_page()

    # ------------------------------------------------------------ page furniture

    def header(self):
        self.set_font(FAMILY, "B", 8.5)
        self.set_text_color(*FOREST)
        self.set_y(9)
        self.cell(0, 4, self.running_header, **NEXT_LINE)
        self.set_draw_color(*FOREST)
        self.set_line_width(0.5)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_y(18)
        self.set_text_color(*INK)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*LINE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        width = self.w - self.l_margin - self.r_margin
        page = gettext("Page %(page)s of %(pages)s") % {"page": self.page_no(), "pages": "{nb}"}
        self.cell(width - 28, 4, self.running_footer)
        self.cell(28, 4, page, align="R")

    # ------------------------------------------------------------ blocks

    @property
    def width(self):
        return self.w - self.l_margin - self.r_margin

    def title_block(self, title, subtitle=""):
        self.set_font(FAMILY, "B", 20)
        self.set_text_color(*FOREST)
        self.multi_cell(0, 9, title, **NEXT_LINE)
        if subtitle:
            self.set_font(FAMILY, "", 11)
            self.set_text_color(*MUTED)
            self.multi_cell(0, 5.5, subtitle, **NEXT_LINE)
        self.set_text_color(*INK)
        self.ln(2)

    def heading(self, text, keep=22):
        """A section heading; a new page first when less than `keep` mm would follow it on this one."""
        if self.will_page_break(keep):
            self.add_page()
        self.ln(2.5)
        self.set_font(FAMILY, "B", 12)
        self.set_text_color(*FOREST)
        self.multi_cell(0, 6, text, **NEXT_LINE)
        self.set_draw_color(*LINE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(2)
        self.set_text_color(*INK)

    def paragraph(self, text, size=9.5, muted=False):
        self.set_font(FAMILY, "", size)
        self.set_text_color(*(MUTED if muted else INK))
        self.multi_cell(0, size * 0.5, text, **NEXT_LINE)
        self.set_text_color(*INK)
        self.ln(1)

    def notice(self, text):
        """A tinted box, for what the reader must not miss (illustrative figures)."""
        self.set_fill_color(253, 243, 222)
        self.set_font(FAMILY, "", 9)
        self.multi_cell(0, 4.6, text, fill=True, padding=(2, 3), **NEXT_LINE)
        self.ln(2)

    def rows(self, rows, label_width=58):
        """Label and value rows, with an optional note under the value; a value of None prints "ask the Board"."""
        for label, value, *note in rows:
            if self.will_page_break(10):
                self.add_page()
            top = self.get_y()
            self.set_font(FAMILY, "", 9)
            self.set_text_color(*MUTED)
            self.multi_cell(label_width - 3, 4.6, label, **NEXT_LINE)
            label_bottom = self.get_y()
            self.set_xy(self.l_margin + label_width, top)
            self.set_font(FAMILY + "-SemiBold", "", 9.5)
            self.set_text_color(*(LAKE if value is None else INK))
            self.multi_cell(self.width - label_width, 4.6, gettext("ask the Board") if value is None else value)
            if note and note[0]:
                self.set_x(self.l_margin + label_width)
                self.set_font(FAMILY, "", 8)
                self.set_text_color(*MUTED)
                self.multi_cell(self.width - label_width, 4, note[0])
            self.set_text_color(*INK)
            self.set_xy(self.l_margin, max(self.get_y(), label_bottom) + 1.2)

    def bullets(self, items, size=9):
        self.set_font(FAMILY, "", size)
        for item in items:
            if self.will_page_break(8):
                self.add_page()
            self.cell(5, size * 0.5, "•")
            self.multi_cell(0, size * 0.5, item, **NEXT_LINE)
        self.ln(1)

    def outline_plan(self, width_units, height_units, shapes, *, box_width, box_height):
        """Outlines drawn as vectors, scaled into a box at the current position.

        `shapes`: [(points [(x, y)], fill RGB, label or "")], in plan units (y down, as on the master plan).
        """
        if self.will_page_break(box_height + 4):
            self.add_page()
        scale = min(box_width / width_units, box_height / height_units)
        left, top = self.l_margin, self.get_y()
        self.set_draw_color(*LINE)
        self.set_line_width(0.2)
        self.set_fill_color(*TINT)
        self.rect(left, top, width_units * scale, height_units * scale, style="DF")
        for points, fill, label in shapes:
            self.set_fill_color(*fill)
            self.set_draw_color(255, 255, 255)
            self.set_line_width(0.25)
            self.polygon([(left + x * scale, top + y * scale) for x, y in points], style="DF")
            if label:
                xs = [x for x, _y in points]
                ys = [y for _x, y in points]
                self.set_font(FAMILY, "B", 7)
                self.set_text_color(*INK)
                cx, cy = (min(xs) + max(xs)) / 2 * scale + left, (min(ys) + max(ys)) / 2 * scale + top
                self.set_xy(cx - 15, cy - 2)
                self.cell(30, 4, label, align="C")
        self.set_text_color(*INK)
        self.set_y(top + height_units * scale + 3)


def generated_line():
    """ "Generated on … from the portal's live data": when a printed sheet was made."""
    return gettext("Generated on %(date)s from the portal's live data.") % {
        "date": date_format(timezone.localdate(), "DATE_FORMAT")
    }


def pdf_response(document, filename):
    """The document as an inline PDF named `filename`, which a browser offers to save under that name."""
    response = HttpResponse(bytes(document.output()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
