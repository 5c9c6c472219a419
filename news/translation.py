"""The texts translated per language (django-modeltranslation); the Vietnamese ones (the default language) are
required."""

from modeltranslation.translator import TranslationOptions, register

from core.i18n import default_language
from news.models import Category, Document, Post, PostPhoto


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {default_language(): ("name",)}
    empty_values = {"slug": None}


@register(Post)
class PostTranslation(TranslationOptions):
    fields = ("title", "slug", "lead", "body", "cover_alt", "cover_caption", "source_name", "author")
    required_languages = {default_language(): ("title",)}
    empty_values = {"slug": None}


@register(PostPhoto)
class PostPhotoTranslation(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = {default_language(): ("alt",)}


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "description", "file")
    required_languages = {default_language(): ("title", "file")}
