"""An entry of the public change log: one figure of the park's content, old -> new, and when it changed.

Entries are made from the content's history (django-reversion versions) when
a revision is saved, never typed by hand; the Board can only hide one made by
mistake, which leaves it and the version it came from in the history.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.i18n import current_language, default_language


class ChangeEntryQuerySet(models.QuerySet):
    def public(self):
        """What visitors see: every entry the Board has not hidden, newest first."""
        return self.filter(hidden=False).order_by("-changed_at", "-pk")


class ChangeEntry(models.Model):
    class Kind(models.TextChoices):
        PLOT_STATUS = "plot_status", _("Plot status")
        PLOT_PRICE = "plot_price", _("Plot lease prices")
        PARK = "park", _("Key figures of the park")
        PHASE = "phase", _("Phases: status and progress")
        INCENTIVE = "incentive", _("Incentives added or ended")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    # Which figure: the model field, or "added" for a new incentive.
    field = models.CharField(_("figure"), max_length=60)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("content type"))
    object_id = models.CharField(_("object id"), max_length=64)
    subject = GenericForeignKey("content_type", "object_id")
    # The object's name in each language when it changed ({"vi": ..., "en": ...}), for when it is renamed or gone.
    names = models.JSONField(_("name"), default=dict)
    old = models.JSONField(_("before"), null=True, blank=True)
    new = models.JSONField(_("after"), null=True, blank=True)
    changed_at = models.DateTimeField(_("changed"), db_index=True)
    version = models.ForeignKey(
        "reversion.Version",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("version in the history"),
    )
    hidden = models.BooleanField(
        _("hidden"),
        default=False,
        help_text=_("Hidden from the public change log and its feed (an entry made by mistake); the history keeps it."),
    )

    objects = ChangeEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("change log entry")
        verbose_name_plural = _("change log entries")
        constraints = [models.UniqueConstraint(fields=["version", "field"], name="changelog_entry_once_per_version")]
        indexes = [models.Index(fields=["hidden", "kind", "-changed_at"], name="changelog_public")]

    def __str__(self):
        return f"{self.name} · {self.field} · {self.changed_at:%Y-%m-%d}"

    @property
    def name(self):
        """The object's name in the active language, else the default language's."""
        return self.names.get(current_language()) or self.names.get(default_language()) or ""
