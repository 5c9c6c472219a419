"""On PostgreSQL, a trigram index on the folded text: a search's `LIKE '%word%'` is answered from the index,
not by reading every entry. SQLite reads the (narrow) table; nothing to do there."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "search_entry_folded_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry USING gin (folded gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [TrigramExtension(), migrations.RunPython(create_index, drop_index)]
