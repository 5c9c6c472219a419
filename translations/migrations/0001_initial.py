import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portal', '0005_move_models_to_their_apps'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # The tables exist (renamed from portal's by portal 0005): this only declares the models.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TranslationRecord',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.PositiveBigIntegerField()),
                        ('field', models.CharField(max_length=64)),
                        ('language', models.CharField(max_length=10)),
                        ('source_text', models.TextField()),
                        ('translated_text', models.TextField()),
                        ('translated_at', models.DateTimeField()),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                        ('translated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'translation record',
                        'verbose_name_plural': 'translation records',
                        'ordering': ['content_type', 'object_id', 'field', 'language'],
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'field', 'language'), name='translation_record_unique')],
                    },
                ),
    
            ],
        ),
    ]
