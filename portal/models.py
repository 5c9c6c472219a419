"""Site-wide content: pages the board edits and the board's named contacts."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.i18n import TranslatedSlugMixin, default_language, has_text, text_language, unique_slug_constraints


class Page(TranslatedSlugMixin, models.Model):
    class Layout(models.TextChoices):
        TEXT = "text", _("Text with sections")
        STEPS = "steps", _("Numbered steps (a procedure)")
        FAQ = "faq", _("Questions and answers")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the title.")
    )
    menu_title = models.CharField(
        _("menu title"), max_length=40, blank=True, help_text=_("A short name for the main menu; the title when blank.")
    )
    layout = models.CharField(_("layout"), max_length=8, choices=Layout.choices, default=Layout.TEXT)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, shown under the title and to search engines."),
    )
    body = models.TextField(_("introduction"), blank=True)
    show_in_menu = models.BooleanField(_("show in the main menu"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
        constraints = unique_slug_constraints("page")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("portal:page", kwargs={"slug": self.url_slug})

    def _menu_field(self):
        """The short menu title where there is one; a translated title beats an untranslated short one."""
        if has_text(self, "menu_title"):
            return "menu_title"
        if has_text(self, "title"):
            return "title"
        return "menu_title" if has_text(self, "menu_title", default_language()) else "title"

    @property
    def menu_label(self):
        return getattr(self, self._menu_field())

    @property
    def menu_label_language(self):
        return text_language(self, self._menu_field())


class PageSection(models.Model):
    """A section of a page: a heading and text; a step of a procedure; a question and its answer."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page"))
    heading = models.CharField(_("heading, step or question"), max_length=300)
    body = models.TextField(_("text or answer"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading


class BoardContact(models.Model):
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(_("position"), max_length=200)
    responsibilities = models.CharField(_("responsible for"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    languages = models.CharField(_("languages spoken"), max_length=120, blank=True)
    is_primary = models.BooleanField(
        _("first contact for investors"),
        default=False,
        help_text=_("Shown on the home page and in calls to contact the board."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["-is_primary", "order", "pk"]
        verbose_name = _("board contact")
        verbose_name_plural = _("board contacts")

    def __str__(self):
        return f"{self.name} ({self.position})"


class TranslationRecord(models.Model):
    """The source text a translation was made from, recorded when the translation is saved."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    source_text = models.TextField()
    translated_text = models.TextField()
    translated_at = models.DateTimeField()
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="translation_record_unique"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model}:{self.object_id}:{self.field}:{self.language}"
