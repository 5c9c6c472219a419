"""The test data builders save each list of objects together (core.builders): they make the same rows and the same
derived data (search index, translation records, open data change dates) as saving each object on its own."""

from datetime import UTC

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from conftest import build_park
from core.builders import create_all, one_by_one, update_all
from news.tests.test_queries import build_news
from opendata.models import DatasetChange
from parks.models import Sector, Zone
from parks.tests.conftest import draw_park
from parks.tests.test_checker import add_rules_to_every_incentive
from projects.models import Investor, Project
from projects.tests.builders import build_all
from search.models import SearchEntry
from search.tests.test_queries import build_pages
from translations.models import TranslationRecord

# Rows worked out at the end of a batch, in an order of their own: compared without their keys and times.
DERIVED = (SearchEntry, TranslationRecord, DatasetChange)


def at_or_after(value, since):
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # as the database keeps it
    return value is not None and value >= since


def every_row(since):
    """Every row of every table, as the database holds it; the times a save stamps are reduced to whether they
    are `since` or later."""
    rows = {}
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            unordered = model._meta.auto_created or model in DERIVED
            stamped = {
                field.column
                for field in model._meta.concrete_fields
                if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add or unordered)
            }
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
            columns = [column[0] for column in cursor.description]
            table = []
            for values in cursor.fetchall():
                row = dict(zip(columns, values, strict=True))
                if unordered:
                    row.pop(model._meta.pk.column)
                for column in stamped:
                    row[column] = at_or_after(row[column], since)
                table.append(tuple(sorted(row.items())))
            rows[model._meta.db_table] = sorted(table, key=repr)
    return rows


def made_by(build, plain):
    """What `build()` adds to the database (undone afterwards), its objects saved together or one by one."""
    with transaction.atomic():
        # The same keys for both ways: the sequences start where the rows end (PostgreSQL does not roll them back).
        models_ = apps.get_models(include_auto_created=True)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models_):
                cursor.execute(statement)
        since = timezone.now()
        before = every_row(since)
        if plain:
            with one_by_one():
                build()
        else:
            build()
        after = every_row(since)
        transaction.set_rollback(True)
    return {table: rows for table, rows in after.items() if rows != before[table]}


def park_with_rules(now):
    build_park(scale=2)
    draw_park()
    add_rules_to_every_incentive(2)


def projects(now):
    build_all(scale=2)


def news_and_pages(now):
    build_news(2, now=now)
    build_pages(2)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("build", "derived"),
    [
        (park_with_rules, DERIVED),
        (projects, DERIVED),
        # News and pages are in no open dataset.
        (news_and_pages, (SearchEntry, TranslationRecord)),
    ],
    ids=["park", "projects", "news"],
)
def test_a_builder_makes_what_saving_each_object_makes(build, derived):
    now = timezone.now()
    plain = made_by(lambda: build(now), plain=True)
    together = made_by(lambda: build(now), plain=False)
    assert together == plain
    assert {model._meta.db_table for model in derived} <= set(plain)  # what the receivers derive was made


@pytest.mark.django_db
def test_slugs_made_together_are_unique_as_one_by_one(empty_site):
    Sector.objects.create(name_vi="Cơ khí", name_en="Engineering")

    def sectors():
        return [Sector(name_vi="Cơ khí", name_en=name) for name in ("Engineering", "Engineering", "")]

    with transaction.atomic():
        with one_by_one():
            plain = [(sector.slug_vi, sector.slug_en) for sector in create_all(sectors())]
        transaction.set_rollback(True)
    together = [(sector.slug_vi, sector.slug_en) for sector in create_all(sectors())]
    assert together == plain == [("co-khi-2", "engineering-2"), ("co-khi-3", "engineering-3"), ("co-khi-4", None)]


@pytest.mark.django_db
def test_what_the_builders_refuse(empty_site):
    sector = Sector.objects.create(name_vi="Cơ khí", name_en="Engineering")
    investor = Investor.objects.create(name_vi="Công ty A")
    with pytest.raises(ValueError, match="new objects"):
        create_all([Sector(name_vi="Dệt may"), sector])
    with pytest.raises(ValueError, match="saved objects"):
        update_all([Zone(code="x")], ["shape"])
    # A project's save() fills its sort keys too: saved together, it needs them filled the same way.
    with pytest.raises(TypeError, match="prepare"):
        create_all([Project(investor=investor, name_vi="Nhà máy")])
    assert not Project.objects.exists()
