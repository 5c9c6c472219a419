import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


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


class PendingImport(models.Model):
    """An uploaded XLIFF file between its preview and its confirmation, kept here rather than in the session."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=255, blank=True)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    # A preview not confirmed within a day is dropped.
    LIFETIME = timedelta(days=1)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("pending translation import")
        verbose_name_plural = _("pending translation imports")

    def __str__(self):
        return f"{self.name or self.pk} ({self.user})"
