"""Documents for download, checked by their bytes: a real PDF, office document, archive or image, and the kind its
name says. An HTML or SVG page named .pdf, or a PDF that carries JavaScript or launches programs, is refused.

The name decides how a browser or an office program opens a download, so the
bytes must agree with it: a page that is HTML inside would run in the site's
name if a browser ever rendered it.
"""

import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip", "jpg", "jpeg", "png", "webp")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc and .xls
OOXML_PART = {"docx": "word/", "xlsx": "xl/"}
ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
# PDF names that run code or open something when the file is read.
ACTIVE_PDF_NAMES = {"/JS", "/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/RichMedia", "/EmbeddedFile"}
_PDF_NAME = re.compile(rb"/[A-Za-z0-9#]+")


def _unescape_name(name):
    # In a PDF name "#4A" is "J": /J#61vaScript is /JavaScript.
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda match: bytes([int(match.group(1), 16)]), name).decode("latin-1")


def _refuse(kind, extension):
    return ValidationError(
        _("This file is not a real %(kind)s document: its content does not match its name (.%(extension)s)."),
        code="document_type",
        params={"kind": kind, "extension": extension},
    )


def _pdf_is_active(data):
    """True if the PDF names JavaScript, a launch action, form submission or an embedded file anywhere."""
    if any(_unescape_name(name) in ACTIVE_PDF_NAMES for name in _PDF_NAME.findall(data)):
        return True
    # Compressed object streams hide names from a byte scan: walk every object as pypdf reads it.
    reader = PdfReader(io.BytesIO(data), strict=False)
    seen, stack = set(), [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if ACTIVE_PDF_NAMES & {str(name) for name in item}:
                return True
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
        elif isinstance(item, NameObject) and str(item) in ACTIVE_PDF_NAMES:  # e.g. /S /JavaScript
            return True
    return False


def _check_pdf(data, extension):
    if not data.lstrip()[:5] == b"%PDF-":
        raise _refuse("PDF", extension)
    try:
        active = _pdf_is_active(data)
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise ValidationError(
            _("This PDF cannot be read. Save it again as PDF and upload it again."), code="document_unreadable"
        ) from error
    if active:
        raise ValidationError(
            _(
                "This PDF carries JavaScript, actions or embedded files, which a document on this site may not. "
                "Print it to a new PDF and upload that."
            ),
            code="document_active",
        )


def _zip_names(upload, extension, kind):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse(kind, extension) from error


@deconstructible
class DocumentValidator:
    """Checks an uploaded document's bytes against its extension (a new upload only; stored files were checked)."""

    def __call__(self, value):
        if not value or getattr(value, "_committed", False):
            return
        extension = value.name.rsplit(".", 1)[-1].lower() if "." in value.name else ""
        upload = value.file if hasattr(value, "file") else value
        upload.seek(0)
        try:
            if extension == "pdf":
                _check_pdf(upload.read(), extension)
            elif extension in ("doc", "xls"):
                if upload.read(8) != OLE2:
                    raise _refuse("Word/Excel", extension)
            elif extension in OOXML_PART:
                names = _zip_names(upload, extension, "Office")
                if "[Content_Types].xml" not in names or not any(n.startswith(OOXML_PART[extension]) for n in names):
                    raise _refuse("Office", extension)
            elif extension in ODF_MIMETYPE:
                names = _zip_names(upload, extension, "OpenDocument")
                upload.seek(0)
                with zipfile.ZipFile(upload) as archive:
                    if "mimetype" not in names or archive.read("mimetype").strip() != ODF_MIMETYPE[extension]:
                        raise _refuse("OpenDocument", extension)
            elif extension == "zip":
                _zip_names(upload, extension, "ZIP")
            elif extension in IMAGE_FORMATS:
                try:
                    with Image.open(upload) as image:
                        if image.format != IMAGE_FORMATS[extension]:
                            raise _refuse(_("image"), extension)
                        image.verify()
                except (UnidentifiedImageError, OSError, SyntaxError) as error:
                    raise _refuse(_("image"), extension) from error
            else:
                raise ValidationError(
                    _("Upload a PDF, Word, Excel, OpenDocument, ZIP or image file."), code="document_extension"
                )
        finally:
            upload.seek(0)

    def __eq__(self, other):
        return isinstance(other, DocumentValidator)


validate_document = DocumentValidator()
