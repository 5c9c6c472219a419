from modeltranslation.translator import TranslationOptions, register

from news.models import Category, Document, Post, PostPhoto


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {"vi": ("name",)}
    empty_values = {"slug": None}


@register(Post)
class PostTranslation(TranslationOptions):
    fields = ("title", "slug", "lead", "body", "cover_alt", "cover_caption", "source_name", "author")
    required_languages = {"vi": ("title",)}
    empty_values = {"slug": None}


@register(PostPhoto)
class PostPhotoTranslation(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = {"vi": ("alt",)}


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "description", "file")
    required_languages = {"vi": ("title", "file")}
