"""Helpers for translated content: Vietnamese slugs, search keys and per-language text.

Nothing here names the language pair: languages come from settings.LANGUAGES,
so a third language needs no change in this module.
"""

import re
import unicodedata
from functools import reduce
from operator import or_

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language, get_language_info, trans_real
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

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


def _no_fallback_catalogue(translation, localedirs=None):
    """A string missing from a language's catalogue is shown as written: in English."""


def interface_falls_back_to_english():
    """Interface strings a language's catalogue lacks are shown in English, the language they are written in.

    Django would show them from the catalogue of LANGUAGE_CODE instead: Vietnamese words on a Korean page whose
    .po is not written yet, which a Korean investor reads less easily than English. Content is another matter:
    a text not translated yet falls back to Vietnamese (modeltranslation), marked lang="vi" on the page.
    Called once, from CoreConfig.ready(), before any catalogue is loaded.
    """
    trans_real.DjangoTranslation._add_fallback = _no_fallback_catalogue


def language_codes():
    """Every language of the site, the default (source) language first."""
    return [code for code, _name in settings.LANGUAGES]


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    """The languages the source language is translated into."""
    return [code for code in language_codes() if code != default_language()]


def language_name(code):
    """A language's name in its own words, as the language switcher writes it ("English", "한국어")."""
    return dict(settings.LANGUAGES).get(code) or unicodedata.normalize("NFC", get_language_info(code)["name_local"])


def current_language():
    """The active language as listed in settings.LANGUAGES ("en-us" is "en"), or the default language."""
    code = get_language() or default_language()
    codes = language_codes()
    if code in codes:
        return code
    base = code.split("-")[0]
    return base if base in codes else default_language()


def localized_values(field, texts):
    """{"vi": "Đất", "en": "Land"} for `field` "name" -> {"name_vi": "Đất", "name_en": "Land"}.

    Only the site's languages: a text in a language the site does not have is left out, and a language
    without a text here gets no column value (its pages show the Vietnamese).
    """
    return {build_localized_fieldname(field, code): texts[code] for code in language_codes() if code in texts}


def unique_slug_constraints(model_name):
    """One unique constraint per language's slug column (NULL for no text)."""
    return [
        models.UniqueConstraint(
            fields=[build_localized_fieldname("slug", code)],
            name=f"{model_name}_{build_localized_fieldname('slug', code)}_unique",
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

    def fill_slugs(self, taken=None):
        """Fill each language's slug. `taken`, when given, is a dict in which the slugs already used are held per
        column (read from the table once, on first need) instead of asked of the table per candidate; each slug
        chosen here is added to it, so that new objects saved together (core/builders.py) get distinct slugs."""
        for code in language_codes():
            field = build_localized_fieldname("slug", code)
            if not hasattr(self, field):
                continue
            current = getattr(self, field) or ""
            source = getattr(self, build_localized_fieldname(self.slug_source, code), "") or ""
            base = vi_slugify(current or source, self.slug_max_length)
            if not base:
                setattr(self, field, None)
                continue
            # An explicit slug is kept as typed; the unique constraint reports clashes.
            slug = base if current and base == current else self._unique_slug(field, base, taken)
            setattr(self, field, slug)
            if taken is not None:
                self._slugs_taken(field, taken).add(slug)

    def _slugs_taken(self, field, taken):
        if field not in taken:
            slugs = type(self)._default_manager.exclude(**{field: None})
            taken[field] = set((slugs.exclude(pk=self.pk) if self.pk else slugs).values_list(field, flat=True))
        return taken[field]

    def _unique_slug(self, field, base, taken=None):
        if taken is None:
            others = type(self)._default_manager.exclude(pk=self.pk) if self.pk else type(self)._default_manager.all()

            def used(candidate):
                return others.filter(**{field: candidate}).exists()

        else:
            used = self._slugs_taken(field, taken).__contains__
        candidate, number = base, 2
        while used(candidate):
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
        return getattr(self, build_localized_fieldname("slug", code), None) or getattr(
            self, build_localized_fieldname("slug", default_language())
        )


def by_slug(queryset, slug):
    """The object whose slug in any language is `slug`, preferring the active language's; None if none.

    One query whatever the number of languages: a slug is unique per language, so at most one object per
    language matches.
    """
    codes = language_codes()
    columns = {code: build_localized_fieldname("slug", code) for code in codes}
    matches = list(
        queryset.filter(reduce(or_, (models.Q(**{column: slug}) for column in columns.values())))[: len(codes)]
    )
    active = current_language()
    for code in [active, *(code for code in codes if code != active)]:
        for obj in matches:
            if getattr(obj, columns[code]) == slug:
                return obj
    return None


def has_text(obj, field, code=None):
    """Whether `obj` has its own text for `field` in language `code` (default: active)."""
    code = code or current_language()
    value = getattr(obj, build_localized_fieldname(field, code), None)
    return bool(value and str(value).strip())


def text_language(obj, field, code=None):
    """The language of the text that is shown for `field`: the active one or the fallback."""
    code = code or current_language()
    if has_text(obj, field, code):
        return code
    return default_language()
