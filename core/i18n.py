"""Helpers for translated content: Vietnamese slugs, search keys and per-language text.

Nothing here names the language pair: languages come from settings.LANGUAGES,
so a third language needs no change in this module.
"""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# Letters that Unicode does not decompose into a base letter and a mark.
_TRANSLITERATE = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


_WORD = re.compile(r"\w+")


def fold(text):
    """A search key: lower case, no diacritics, đ -> d, words separated by single spaces.

    Letters of other scripts (Japanese, Korean, Chinese) are kept as they are.
    """
    decomposed = unicodedata.normalize("NFKD", str(text or "").translate(_TRANSLITERATE))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    return " ".join(word for word in _WORD.findall(stripped) if word != "_" * len(word))


def vi_slugify(value, max_length=100):
    """An ASCII slug a Vietnamese reader accepts: "Đầu tư" gives "dau-tu"."""
    slug = slugify(str(value).translate(_TRANSLITERATE))
    return slug[:max_length].strip("-")


class VietnameseSlugFormField(forms.CharField):
    """A slug as an editor may type it ("Dệt may xuất khẩu"), cleaned into the URL form ("det-may-xuat-khau")."""

    def __init__(self, *, allow_unicode=False, **kwargs):
        # The model field passes SlugField's options; the cleaned slug is ASCII whatever was typed.
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return vi_slugify(value, self.max_length or 100) if value else value


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def current_language():
    return (get_language() or default_language()).split("-")[0]


def unique_slug_constraints(model_name):
    """One unique constraint per language's slug column (NULL for no text)."""
    return [
        models.UniqueConstraint(
            fields=[f"slug_{code}"],
            name=f"{model_name}_slug_{code}_unique",
            violation_error_message=_("Another item already uses this slug in this language."),
        )
        for code in language_codes()
    ]


class TranslatedSlugMixin(models.Model):
    """A model whose `slug` is translated and filled from `slug_source` per language.

    A blank slug is generated from the title in the same language; a slug an
    editor types is normalised the same way. Uniqueness is per language, with a
    numeric suffix where two titles give the same slug.
    """

    slug_source = "title"
    slug_max_length = 120

    class Meta:
        abstract = True

    def fill_slugs(self):
        for code in language_codes():
            field = f"slug_{code}"
            if not hasattr(self, field):
                continue
            current = getattr(self, field) or ""
            source = getattr(self, f"{self.slug_source}_{code}", "") or ""
            base = vi_slugify(current or source, self.slug_max_length)
            if not base:
                setattr(self, field, None)
                continue
            if current and base == current:
                # An explicit slug is kept as typed; the unique constraint reports clashes.
                setattr(self, field, base)
                continue
            setattr(self, field, self._unique_slug(field, base))

    def _unique_slug(self, field, base):
        others = type(self)._default_manager.exclude(pk=self.pk) if self.pk else type(self)._default_manager.all()
        candidate, number = base, 2
        while others.filter(**{field: candidate}).exists():
            suffix = f"-{number}"
            candidate = f"{base[: self.slug_max_length - len(suffix)]}{suffix}"
            number += 1
        return candidate

    def clean(self):
        super().clean()
        self.fill_slugs()

    def save(self, *args, **kwargs):
        self.fill_slugs()
        super().save(*args, **kwargs)

    @property
    def translation_title_field(self):
        return self.slug_source

    @property
    def url_slug(self):
        return self.slug_for(current_language())

    def slug_for(self, code):
        """The slug used in URLs for language `code`, falling back to the default language's."""
        return getattr(self, f"slug_{code}", None) or getattr(self, f"slug_{default_language()}")


def has_text(obj, field, code=None):
    """Whether `obj` has its own text for `field` in language `code` (default: active)."""
    code = code or current_language()
    value = getattr(obj, f"{field}_{code}", None)
    return bool(value and str(value).strip())


def text_language(obj, field, code=None):
    """The language of the text that is shown for `field`: the active one or the fallback."""
    code = code or current_language()
    if has_text(obj, field, code):
        return code
    return default_language()
