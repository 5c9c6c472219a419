"""The HTML a post's body may contain, and the editor field that produces it.

Staff write in a rich-text editor (django-prose-editor, served from static
files, no network). Whatever reaches the server, from the editor or a forged
POST or a script, is cleaned by `sanitize_html` against an explicit allow-list:
no script, no event handler, no style, no iframe or other embed, and images
only from this site's own media files.
"""

import re
from urllib.parse import urlsplit

import nh3
from django import forms
from django.conf import settings
from django.forms.widgets import Script
from django_prose_editor.fields import ProseEditorField
from django_prose_editor.widgets import AdminProseEditorWidget

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
# Relative links (to this site) pass; absolute ones only with these schemes.
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Whose text is dropped along with the tag, not kept as plain text.
DROPPED_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math"}

_NUMBER = re.compile(r"^[0-9]{1,5}$")
# nh3 serialises its output with every attribute value in double quotes (a quote
# inside a value becomes &quot;), so an <img> tag and its attributes have exactly these shapes.
_IMG_TAG = re.compile(r'<img((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*/?>')
_ATTRIBUTE = re.compile(r'\s+([\w:-]+)(?:="[^"]*")?')


def _drop_img_without_src(match):
    names = {name.lower() for name in _ATTRIBUTE.findall(match.group(1))}
    return match.group(0) if "src" in names else ""


def is_own_media_url(url):
    """A URL of a file in this site's MEDIA_URL: relative to the site root, or on the site's own host."""
    url = (url or "").strip()
    media = settings.MEDIA_URL
    if url.startswith("//"):
        return False
    if url.startswith(media):
        return ".." not in url
    parts = urlsplit(url)
    site = urlsplit(settings.SITE_URL)
    return (
        parts.scheme in ("http", "https")
        and parts.netloc == site.netloc
        and parts.path.startswith(media)
        and ".." not in parts.path
    )


def _filter_attribute(element, attribute, value):
    if element == "img" and attribute == "src":
        return value if is_own_media_url(value) else None
    if attribute in ("width", "height", "colspan", "rowspan", "start"):
        return value if _NUMBER.match(value.strip()) else None
    if element == "th" and attribute == "scope":
        return value if value in ("col", "row", "colgroup", "rowgroup") else None
    return value


_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes=ALLOWED_ATTRIBUTES,
    attribute_filter=_filter_attribute,
    url_schemes=URL_SCHEMES,
    link_rel="noopener",
    strip_comments=True,
)


def sanitize_html(html):
    """Clean HTML from the editor: only the allow-listed tags and attributes survive."""
    if not html:
        return ""
    cleaned = _IMG_TAG.sub(_drop_img_without_src, _cleaner.clean(str(html))).strip()
    # The editor's empty document is one empty paragraph: store it as no text.
    if re.fullmatch(r"(<p>(\s|<br>)*</p>\s*)*", cleaned):
        return ""
    return cleaned


# What the editor offers; the server allow-list above decides what is kept.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Figure": True,
    "Image": True,
    "Caption": True,
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
}


class EditorWidget(AdminProseEditorWidget):
    """The editor's widget, started by a static module (static/news/prose-editor.js).

    The package's media include an inline import map, which the site's
    Content-Security-Policy blocks; these media are files only.
    """

    @property
    def media(self):
        return forms.Media(
            css={
                "all": [
                    "django_prose_editor/material-icons.css",
                    "django_prose_editor/editor.css",
                    "django_prose_editor/overrides.css",
                ]
            },
            js=[Script("news/prose-editor.js", type="module")],
        )


class RichTextField(ProseEditorField):
    """A text field edited with the rich-text editor and cleaned with `sanitize_html` on every save.

    Cleaning happens twice on purpose: in `clean()` (forms, the admin), so an
    editor sees what will be stored, and in `pre_save()`, so no other path (the
    demo loader, a script, an import) stores unclean HTML.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", dict(EDITOR_EXTENSIONS))
        kwargs["sanitize"] = sanitize_html
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        # Whatever widget the admin proposes (a textarea), the editor's is used.
        kwargs["widget"] = EditorWidget
        return super().formfield(**kwargs)

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
