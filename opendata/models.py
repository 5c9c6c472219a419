"""When each open dataset last changed: written whenever a row it is made of is saved or deleted."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatasetChange(models.Model):
    key = models.CharField(_("dataset"), max_length=40, unique=True)
    changed_at = models.DateTimeField(_("last changed"))

    class Meta:
        ordering = ["key"]
        verbose_name = _("dataset change")
        verbose_name_plural = _("dataset changes")

    def __str__(self):
        return f"{self.key} · {self.changed_at:%Y-%m-%d %H:%M}"
