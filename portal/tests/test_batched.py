"""Loaders save many objects inside `core.batch.batched()` blocks: the search index, the translation records and
the open data's change dates are written once, at the end, and come out the same as when each save writes its own."""

import pytest
from django.db import transaction
from django.utils import timezone

from core.batch import batched
from core.i18n import language_codes
from opendata.models import DatasetChange
from pages.models import Page, PageSection
from parks.models import Sector
from search.models import SearchEntry
from translations.models import TranslationRecord


def save_content():
    sector = Sector.objects.create(name_vi="Cơ khí chính xác", name_en="Precision engineering", order=90)
    page = Page.objects.create(title_vi="Hướng dẫn đầu tư", title_en="Investment guide", layout=Page.Layout.values[0])
    for step in range(3):
        PageSection.objects.create(page=page, heading_vi=f"Bước {step}", heading_en=f"Step {step}", body_vi="Đất")
    sector.name_en = "Precision machining"
    sector.save()
    return sector, page


def written(sector, page, since):
    entries = sorted(
        SearchEntry.objects.filter(object_id__in=[sector.pk, page.pk]).values_list(
            "content_type__model", "object_id", "language", "folded", "title", "url"
        )
    )
    records = sorted(
        TranslationRecord.objects.filter(object_id__in=[sector.pk, page.pk]).values_list(
            "content_type__model", "object_id", "field", "language", "source_text", "translated_text"
        )
    )
    return entries, records, sorted(DatasetChange.objects.filter(changed_at__gte=since).values_list("key", flat=True))


@pytest.mark.django_db
def test_a_batch_writes_at_its_end_what_each_save_would_have_written(empty_site):
    with transaction.atomic():
        since = timezone.now()
        one_by_one = written(*save_content(), since)
        transaction.set_rollback(True)
    assert one_by_one[0] and one_by_one[1] and one_by_one[2]
    assert any("precision machining" in entry[3] for entry in one_by_one[0])

    since = timezone.now()
    with batched():
        sector, page = save_content()
        # Nothing is written while the block runs.
        assert written(sector, page, since) == ([], [], [])
    at_the_end = written(sector, page, since)
    # The same entries and records (the ids differ: the rows were made again), the same datasets marked changed.
    assert [entry[2:] for entry in at_the_end[0]] == [entry[2:] for entry in one_by_one[0]]
    assert [record[2:] for record in at_the_end[1]] == [record[2:] for record in one_by_one[1]]
    assert at_the_end[2] == one_by_one[2]


@pytest.mark.django_db
def test_a_batch_that_fails_writes_nothing_and_the_next_save_writes_at_once(empty_site):
    changes = list(DatasetChange.objects.values_list("key", "changed_at"))
    with pytest.raises(ValueError), transaction.atomic(), batched():
        save_content()
        raise ValueError("the loader stops half-way")
    assert not SearchEntry.objects.exists() and not TranslationRecord.objects.exists()
    assert list(DatasetChange.objects.values_list("key", "changed_at")) == changes
    sector = Sector.objects.create(name_vi="Dệt may", name_en="Textiles", order=91)
    assert SearchEntry.objects.filter(object_id=sector.pk, kind="sectors").count() == len(language_codes())
    assert TranslationRecord.objects.filter(object_id=sector.pk, field="name").exists()
