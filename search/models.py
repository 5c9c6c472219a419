"""The search index: one row per searchable object and language, with the folded text it is found by and what
the results page shows of it, so that a search is one query, whatever the amount of content."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntryQuerySet(models.QuerySet):
    def visible(self, now):
        """What the public may find now (a scheduled news post from its publish time on)."""
        return self.filter(listed=True).filter(models.Q(visible_from=None) | models.Q(visible_from__lte=now))


class SearchEntry(models.Model):
    kind = models.CharField(max_length=16)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    # What the object is found by: core.i18n.fold of its texts in this language (the default language's where
    # a text is not translated), which is how the query is folded too.
    folded = models.TextField()
    # The place within its kind in the results: the order the site lists that kind in.
    sort_key = models.CharField(max_length=64)
    listed = models.BooleanField(default=True)
    visible_from = models.DateTimeField(null=True, blank=True)
    # What the results page shows.
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    meta = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500)
    # The language of the title and summary shown, where it is not the entry's (an untranslated text).
    text_language = models.CharField(max_length=10)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "sort_key"]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="search_entry_unique")
        ]
        indexes = [models.Index(fields=["language", "kind", "sort_key"], name="search_entry_order")]

    def __str__(self):
        return f"{self.kind}:{self.object_id}:{self.language}"
