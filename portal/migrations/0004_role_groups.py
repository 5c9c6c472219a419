"""The role groups exist on every deployment from its first migrate.

Their permissions are given after each migrate by portal.roles.sync_roles
(post_migrate), once every model's permissions exist.
"""

from django.db import migrations

ROLE_NAMES = ["Board administrators", "Editors", "Translators", "Investment officers"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("portal", "0003_inquiries"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
