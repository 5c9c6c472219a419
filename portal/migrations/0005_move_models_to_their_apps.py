"""Pages, contacts, inquiries and translation records leave `portal` for apps of their own, keeping every row.

The tables are renamed, not copied, and the content types follow the models,
so permissions, role grants, admin history and translation records (which
point at content types) stay attached. The new apps' first migrations only
declare the models (`SeparateDatabaseAndState`): their tables are these.
"""

from django.db import migrations

# model -> the app it moves to
MOVED = {
    "page": "pages",
    "pagesection": "pages",
    "boardcontact": "pages",
    "inquiry": "inquiries",
    "inquirynote": "inquiries",
    "translationrecord": "translations",
}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, target in MOVED.items():
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label="portal", model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, target in MOVED.items():
        if not ContentType.objects.filter(app_label="portal", model=model).exists():
            ContentType.objects.filter(app_label=target, model=model).update(app_label="portal")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0004_role_groups"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="page", table="pages_page"),
                migrations.AlterModelTable(name="pagesection", table="pages_pagesection"),
                migrations.AlterModelTable(name="boardcontact", table="pages_boardcontact"),
                migrations.AlterModelTable(name="inquiry", table="inquiries_inquiry"),
                migrations.AlterModelTable(name="inquirynote", table="inquiries_inquirynote"),
                migrations.AlterModelTable(name="translationrecord", table="translations_translationrecord"),
            ],
            state_operations=[
                migrations.DeleteModel(
                    name='BoardContact',
                ),
                migrations.RemoveField(
                    model_name='inquirynote',
                    name='inquiry',
                ),
                migrations.RemoveField(
                    model_name='inquirynote',
                    name='author',
                ),
                migrations.RemoveField(
                    model_name='pagesection',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='translationrecord',
                    name='content_type',
                ),
                migrations.RemoveField(
                    model_name='translationrecord',
                    name='translated_by',
                ),
                migrations.DeleteModel(
                    name='Inquiry',
                ),
                migrations.DeleteModel(
                    name='InquiryNote',
                ),
                migrations.DeleteModel(
                    name='Page',
                ),
                migrations.DeleteModel(
                    name='PageSection',
                ),
                migrations.DeleteModel(
                    name='TranslationRecord',
                ),
    
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
