"""Photos and logos: checked when uploaded, resized once into a few widths, shown with srcset.

The type is what Pillow reads in the file, never the file name: a text file
named .jpg is refused, a PNG named .jpg is accepted as the PNG it is.
Renditions (WebP, with JPEG for browsers without WebP) are made once when a
photo is saved (`make_renditions`), never per request, and described by a small
dict kept on the row, so a page shows a photo without touching the disk.
"""

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MIN_WIDTH, MIN_HEIGHT = 320, 200
MAX_SIDE = 8000
MAX_PIXELS = 40_000_000
RENDITION_WIDTHS = (480, 960, 1600)
# A logo is small on the page; it may be a small file too.
LOGO_MIN_WIDTH, LOGO_MIN_HEIGHT = 64, 32
LOGO_WIDTHS = (160, 320, 640)
WEBP_QUALITY = 80
JPEG_QUALITY = 82

PHOTO_HELP = _("A JPEG, PNG or WebP photo, at most 10 MB, at least 320 × 200 pixels. It is resized for the site.")
LOGO_HELP = _("A JPEG, PNG or WebP image (no SVG), at most 10 MB, at least 64 × 32 pixels. It is resized for the site.")


def _open(file):
    """Pillow's view of an uploaded file, or a ValidationError saying what is wrong with it."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("This image has too many pixels (at most %(max)s pixels on a side)."),
            code="photo_dimensions",
            params={"max": MAX_SIDE},
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not a photo that can be read. Upload a JPEG, PNG or WebP image."),
            code="photo_type",
        ) from error
    finally:
        file.seek(0)
    return image


def validate_photo(value):
    """Validator for photo fields: real type, size and dimensions, with a message staff understand."""
    _validate_image(value, MIN_WIDTH, MIN_HEIGHT)


def validate_logo(value):
    """Validator for logos: the same checks as photos, with a smaller minimum size."""
    _validate_image(value, LOGO_MIN_WIDTH, LOGO_MIN_HEIGHT)


def _validate_image(value, min_width, min_height):
    if not value or getattr(value, "_committed", False):
        # Nothing uploaded, or the photo already stored and checked when it was uploaded.
        return
    size = getattr(value, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file is %(size)s; a photo may be at most %(max)s. Save it smaller and upload it again."),
            code="photo_size",
            params={"size": filesizeformat(size), "max": filesizeformat(MAX_UPLOAD_BYTES)},
        )
    image = _open(value)
    if image.format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("This file is a %(format)s image; upload a JPEG, PNG or WebP photo."),
            code="photo_type",
            params={"format": image.format or "?"},
        )
    width, height = image.size
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValidationError(
            _(
                "This photo is %(width)s × %(height)s pixels; the largest allowed is %(max)s pixels on a side "
                "(and %(megapixels)s megapixels). Make it smaller and upload it again."
            ),
            code="photo_dimensions",
            params={"width": width, "height": height, "max": MAX_SIDE, "megapixels": MAX_PIXELS // 1_000_000},
        )
    if width < min_width or height < min_height:
        raise ValidationError(
            _("This photo is %(width)s × %(height)s pixels; it must be at least %(min_width)s × %(min_height)s."),
            code="photo_dimensions",
            params={"width": width, "height": height, "min_width": min_width, "min_height": min_height},
        )


def _flatten(image):
    """An RGB image: transparency becomes white, as on the page."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image if image.mode == "RGB" else image.convert("RGB")


def rendition_widths(original_width, widths=RENDITION_WIDTHS):
    """The widths to make for a photo `original_width` pixels wide: never larger than the photo."""
    chosen = [width for width in widths if width < original_width]
    chosen.append(min(original_width, widths[-1]))
    return sorted(set(chosen))


def make_renditions(field_file, widths=RENDITION_WIDTHS):
    """Resize the photo in `field_file` into a few widths, WebP and JPEG; return their description."""
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as source:
        image = Image.open(source)
        image.load()
    # The image is this function's own: turned upright and flattened without copies of its pixels where none is needed.
    ImageOps.exif_transpose(image, in_place=True)
    image = _flatten(image)
    width, height = image.size
    stem = PurePosixPath(field_file.name).stem
    # news/covers/2026/11/a.jpg -> news/renditions/covers/2026/11/a-480.webp; investors/a.png -> investors/renditions/
    parent = PurePosixPath(field_file.name).parent.parts
    folder = PurePosixPath(*parent[:1], "renditions", *parent[1:])
    items = []
    for target in rendition_widths(width, widths):
        target_height = max(1, round(height * target / width))
        resized = image if target == width else image.resize((target, target_height), Image.Resampling.LANCZOS)
        names = {}
        for kind, fmt, options in (
            ("webp", "WEBP", {"quality": WEBP_QUALITY, "method": 4}),
            ("jpeg", "JPEG", {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}),
        ):
            buffer = io.BytesIO()
            resized.save(buffer, fmt, **options)
            extension = "jpg" if kind == "jpeg" else kind
            names[kind] = storage.save(str(folder / f"{stem}-{target}.{extension}"), ContentFile(buffer.getvalue()))
        items.append({"w": target, "h": target_height, **names})
    return {"source": field_file.name, "width": width, "height": height, "items": items}


def delete_renditions(renditions, storage):
    for item in (renditions or {}).get("items", []):
        for kind in ("webp", "jpeg"):
            if item.get(kind):
                storage.delete(item[kind])


def delete_renditions_after_commit(renditions, storage):
    """Delete resized copies once the change that stopped pointing at them has committed: a page made meanwhile
    still finds every file it links."""
    if renditions:
        transaction.on_commit(lambda: delete_renditions(renditions, storage))


def delete_renditions_with_row(file_field, renditions_field):
    """A post_delete receiver: the resized copies go with their row (django-cleanup removes the original),
    once the deletion is committed."""

    def receiver(sender, instance, **kwargs):
        delete_renditions_after_commit(getattr(instance, renditions_field), getattr(instance, file_field).storage)

    return receiver


def refresh_renditions(field_file, renditions, widths=RENDITION_WIDTHS):
    """The renditions for the photo now in `field_file`: the same dict when it is current, new ones otherwise.

    Renditions it replaces stay on the storage: the caller deletes them once nothing points at them
    (delete_renditions_after_commit).
    """
    renditions = renditions or {}
    if not field_file:
        return {}
    if renditions.get("source") == field_file.name:
        return renditions
    return make_renditions(field_file, widths)


@dataclass(frozen=True)
class Picture:
    """What a template needs to show a photo: srcsets, a fallback src, and its intrinsic size."""

    src: str
    webp_srcset: str
    jpeg_srcset: str
    width: int | None
    height: int | None
    largest_jpeg: str

    @classmethod
    def from_field(cls, field_file, renditions):
        if not field_file:
            return None
        storage = field_file.storage
        items = (renditions or {}).get("items") if (renditions or {}).get("source") == field_file.name else None
        if not items:
            # Not resized (yet): the original, without srcset.
            url = field_file.url
            return cls(src=url, webp_srcset="", jpeg_srcset="", width=None, height=None, largest_jpeg=url)
        webp = ", ".join(f"{storage.url(item['webp'])} {item['w']}w" for item in items)
        jpeg = ", ".join(f"{storage.url(item['jpeg'])} {item['w']}w" for item in items)
        middle = items[min(1, len(items) - 1)]
        largest = items[-1]
        return cls(
            src=storage.url(middle["jpeg"]),
            webp_srcset=webp,
            jpeg_srcset=jpeg,
            width=largest["w"],
            height=largest["h"],
            largest_jpeg=storage.url(largest["jpeg"]),
        )
