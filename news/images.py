"""News photos use the site's image handling (core.images): checked by their bytes, resized once, shown with srcset."""

from core.images import (  # noqa: F401  (the names news and its migrations use)
    MAX_UPLOAD_BYTES,
    PHOTO_HELP,
    RENDITION_WIDTHS,
    Picture,
    delete_renditions,
    refresh_renditions,
    validate_photo,
)
