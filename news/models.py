"""News the Board's staff publish themselves: categories, posts with photos, documents for download.

What the public sees is defined once, `Post.objects.published()`: published
posts whose publish time has come. Every list, page, feed, sitemap and search
uses it, and it compares with the clock at query time, so a scheduled post
appears by itself at its time (no cron job, and nothing caches a list).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.documents import EXTENSIONS as DOCUMENT_EXTENSIONS
from core.documents import validate_document
from core.i18n import (
    TranslatedSlugMixin,
    current_language,
    default_language,
    has_text,
    language_codes,
    unique_slug_constraints,
)
from core.reversing import reverse
from news.html import RichTextField
from news.images import PHOTO_HELP, Picture, validate_photo

# Category slugs that would hide a news address.
RESERVED_CATEGORY_SLUGS = {"feed", "preview"}


class Category(TranslatedSlugMixin, models.Model):
    slug_source = "name"

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the name.")
    )
    description = models.CharField(
        _("description"), max_length=300, blank=True, help_text=_("One sentence, shown on the category's page.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        constraints = unique_slug_constraints("news_category")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.url_slug})

    def clean(self):
        super().clean()
        for code in language_codes():
            if getattr(self, build_localized_fieldname("slug", code), None) in RESERVED_CATEGORY_SLUGS:
                raise ValidationError(
                    {
                        build_localized_fieldname("slug", code): _(
                            "This word is kept for the site's own addresses; choose another slug."
                        )
                    }
                )


class PostQuerySet(models.QuerySet):
    def published(self, now=None):
        """What the public may see: published, and the publish time has come."""
        return self.filter(status=Post.Status.PUBLISHED, publish_at__lte=now or timezone.now())

    def next_publication(self, now=None):
        """When the next scheduled post goes public by itself, or None."""
        upcoming = self.filter(status=Post.Status.PUBLISHED, publish_at__gt=now or timezone.now())
        return upcoming.aggregate(next=models.Min("publish_at"))["next"]

    def for_lists(self):
        return self.select_related("category")


class Post(TranslatedSlugMixin, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="posts", verbose_name=_("category"))
    title = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the headline.")
    )
    lead = models.TextField(
        _("lead"), max_length=600, blank=True, help_text=_("One or two sentences under the headline, shown in lists.")
    )
    body = RichTextField(
        _("body"),
        blank=True,
        help_text=_(
            "Photos go in the gallery below. A photo in the text must be one already uploaded to this site "
            "(its address starts with /media/); photos from other sites, videos and scripts are removed on save."
        ),
    )
    cover = models.ImageField(
        _("cover photo"), upload_to="news/covers/%Y/%m/", blank=True, validators=[validate_photo], help_text=PHOTO_HELP
    )
    cover_alt = models.CharField(
        _("cover photo: text for readers who cannot see it"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, in a sentence (required with a photo)."),
    )
    cover_caption = models.CharField(_("cover photo: caption"), max_length=300, blank=True)
    cover_renditions = models.JSONField(default=dict, blank=True, editable=False)
    source_name = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where the news comes from, when it is retold.")
    )
    source_url = models.URLField(_("source link"), blank=True)
    author = models.CharField(_("author"), max_length=120, blank=True, help_text=_("Shown under the headline."))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publish at"),
        default=timezone.now,
        db_index=True,
        help_text=_("A time in the future schedules the post: it appears by itself at that time."),
    )
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Shown first on the news page."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        constraints = unique_slug_constraints("news_post")
        indexes = [models.Index(fields=["status", "publish_at"], name="news_post_public")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:post", kwargs={"year": self.publish_year, "slug": self.url_slug})

    @property
    def publish_year(self):
        return timezone.localtime(self.publish_at).year

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()

    @property
    def cover_picture(self):
        return Picture.from_field(self.cover, self.cover_renditions)

    def clean(self):
        super().clean()
        if self.cover and not has_text(self, "cover_alt", default_language()):
            raise ValidationError(
                {
                    build_localized_fieldname("cover_alt", default_language()): _(
                        "Describe the photo for readers who cannot see it."
                    )
                }
            )


class PostPhoto(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="photos", verbose_name=_("post"))
    image = models.ImageField(
        _("photo"), upload_to="news/photos/%Y/%m/", validators=[validate_photo], help_text=PHOTO_HELP
    )
    alt = models.CharField(
        _("text for readers who cannot see it"), max_length=250, help_text=_("What the photo shows, in a sentence.")
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.alt

    @property
    def picture(self):
        return Picture.from_field(self.image, self.renditions)


class Document(models.Model):
    class Kind(models.TextChoices):
        BROCHURE = "brochure", _("Brochures and presentations")
        LEGAL = "legal", _("Legal texts")
        FORM = "form", _("Forms and procedures")
        REPORT = "report", _("Reports and plans")

    translation_title_field = "title"

    title = models.CharField(_("title"), max_length=250)
    description = models.CharField(_("description"), max_length=400, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.BROCHURE)
    file = models.FileField(
        _("file"),
        upload_to="documents/%Y/",
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS), validate_document],
        help_text=_("PDF, Word, Excel, OpenDocument, ZIP or an image, at most 25 MB; checked by its content."),
    )
    published_on = models.DateField(_("date"), default=timezone.localdate)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    MAX_BYTES = 25 * 1024 * 1024

    class Meta:
        ordering = ["kind", "order", "-published_on", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:documents")

    def clean(self):
        super().clean()
        for code in language_codes():
            upload = getattr(self, build_localized_fieldname("file", code), None)
            if upload and not getattr(upload, "_committed", True) and upload.size > self.MAX_BYTES:
                raise ValidationError(
                    {
                        build_localized_fieldname("file", code): _(
                            "This file is %(size)s; a document may be at most %(max)s."
                        )
                        % {"size": filesizeformat(upload.size), "max": filesizeformat(self.MAX_BYTES)}
                    }
                )

    @property
    def offered(self):
        """The file offered in the active language: its own, or the default language's, marked as such."""
        code = current_language()
        own = getattr(self, build_localized_fieldname("file", code), None)
        language = code if own else default_language()
        file = own or getattr(self, build_localized_fieldname("file", default_language()))
        return OfferedFile(file=file, language=language, is_fallback=language != code)


@dataclass(frozen=True)
class OfferedFile:
    file: object
    language: str
    is_fallback: bool

    @property
    def language_name(self):
        return get_language_info(self.language)["name_translated"]

    @property
    def description(self):
        """ "PDF, 1.2 MB", or the format alone when the file cannot be read."""
        name = self.file.name or ""
        extension = name.rsplit(".", 1)[-1].upper() if "." in name else ""
        try:
            size = filesizeformat(self.file.size)
        except OSError:
            return extension
        return f"{extension}, {size}" if extension else size
