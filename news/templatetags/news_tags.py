from django import template

from core.i18n import current_language, text_language

register = template.Library()

# How wide a photo is shown, for the browser to pick from the srcset.
SIZES = {
    "cover": "(min-width: 72rem) 44rem, (min-width: 56rem) calc(100vw - 25rem), calc(100vw - 2.5rem)",
    "card": "(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, calc(100vw - 2.5rem)",
    "feature": "(min-width: 72rem) 40rem, (min-width: 56rem) 55vw, calc(100vw - 2.5rem)",
    "gallery": "(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, calc(100vw - 2.5rem)",
    "thumb": "6rem",
}


@register.inclusion_tag("news/includes/picture.html")
def picture(picture, obj=None, alt_field="", size="card", eager=False, css_class=""):
    """A <picture> with WebP and JPEG srcsets, intrinsic size, and lazy loading unless `eager`.

    `obj` and `alt_field` give the alt text, marked with its language where it
    falls back to the default one.
    """
    alt = getattr(obj, alt_field, "") if obj is not None and alt_field else ""
    alt_language = text_language(obj, alt_field) if alt else current_language()
    return {
        "picture": picture,
        "alt": alt,
        "alt_language": alt_language if alt_language != current_language() else "",
        "sizes": SIZES.get(size, SIZES["card"]),
        "eager": eager,
        "css_class": css_class,
    }
