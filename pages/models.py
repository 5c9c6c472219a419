"""Content the board writes for the whole site: pages (texts, procedures, questions and answers) and the
board's named contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.i18n import TranslatedSlugMixin, default_language, has_text, text_language, unique_slug_constraints
from core.reversing import reverse


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
        return reverse("pages:page", kwargs={"slug": self.url_slug})

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
