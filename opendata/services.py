from django.utils import timezone

from opendata.models import DatasetChange


def record_change(*, keys):
    """Mark the datasets `keys` as changed now, in one query whether or not they had a record."""
    now = timezone.now()
    DatasetChange.objects.bulk_create(
        [DatasetChange(key=key, changed_at=now) for key in sorted(keys)],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["changed_at"],
    )
