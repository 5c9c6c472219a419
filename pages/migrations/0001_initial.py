import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portal', '0005_move_models_to_their_apps'),
    ]

    # The tables exist (renamed from portal's by portal 0005): this only declares the models.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='BoardContact',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('position', models.CharField(max_length=200, verbose_name='position')),
                        ('position_vi', models.CharField(max_length=200, null=True, verbose_name='position')),
                        ('position_en', models.CharField(max_length=200, null=True, verbose_name='position')),
                        ('responsibilities', models.CharField(blank=True, max_length=300, verbose_name='responsible for')),
                        ('responsibilities_vi', models.CharField(blank=True, max_length=300, null=True, verbose_name='responsible for')),
                        ('responsibilities_en', models.CharField(blank=True, max_length=300, null=True, verbose_name='responsible for')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('languages', models.CharField(blank=True, max_length=120, verbose_name='languages spoken')),
                        ('is_primary', models.BooleanField(default=False, help_text='Shown on the home page and in calls to contact the board.', verbose_name='first contact for investors')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                    ],
                    options={
                        'verbose_name': 'board contact',
                        'verbose_name_plural': 'board contacts',
                        'ordering': ['-is_primary', 'order', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Page',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('title_vi', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_en', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('slug', models.SlugField(blank=True, help_text='Leave blank to make it from the title.', max_length=120, null=True, verbose_name='slug')),
                        ('slug_vi', models.SlugField(blank=True, help_text='Leave blank to make it from the title.', max_length=120, null=True, verbose_name='slug')),
                        ('slug_en', models.SlugField(blank=True, help_text='Leave blank to make it from the title.', max_length=120, null=True, verbose_name='slug')),
                        ('menu_title', models.CharField(blank=True, help_text='A short name for the main menu; the title when blank.', max_length=40, verbose_name='menu title')),
                        ('menu_title_vi', models.CharField(blank=True, help_text='A short name for the main menu; the title when blank.', max_length=40, null=True, verbose_name='menu title')),
                        ('menu_title_en', models.CharField(blank=True, help_text='A short name for the main menu; the title when blank.', max_length=40, null=True, verbose_name='menu title')),
                        ('layout', models.CharField(choices=[('text', 'Text with sections'), ('steps', 'Numbered steps (a procedure)'), ('faq', 'Questions and answers')], default='text', max_length=8, verbose_name='layout')),
                        ('summary', models.CharField(blank=True, help_text='One or two sentences, shown under the title and to search engines.', max_length=300, verbose_name='summary')),
                        ('summary_vi', models.CharField(blank=True, help_text='One or two sentences, shown under the title and to search engines.', max_length=300, null=True, verbose_name='summary')),
                        ('summary_en', models.CharField(blank=True, help_text='One or two sentences, shown under the title and to search engines.', max_length=300, null=True, verbose_name='summary')),
                        ('body', models.TextField(blank=True, verbose_name='introduction')),
                        ('body_vi', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('body_en', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('show_in_menu', models.BooleanField(default=True, verbose_name='show in the main menu')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                    ],
                    options={
                        'verbose_name': 'content page',
                        'verbose_name_plural': 'content pages',
                        'ordering': ['order', 'pk'],
                        'constraints': [models.UniqueConstraint(fields=('slug_vi',), name='page_slug_vi_unique', violation_error_message='Another item already uses this slug in this language.'), models.UniqueConstraint(fields=('slug_en',), name='page_slug_en_unique', violation_error_message='Another item already uses this slug in this language.')],
                    },
                ),
                migrations.CreateModel(
                    name='PageSection',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('heading', models.CharField(max_length=300, verbose_name='heading, step or question')),
                        ('heading_vi', models.CharField(max_length=300, null=True, verbose_name='heading, step or question')),
                        ('heading_en', models.CharField(max_length=300, null=True, verbose_name='heading, step or question')),
                        ('body', models.TextField(verbose_name='text or answer')),
                        ('body_vi', models.TextField(null=True, verbose_name='text or answer')),
                        ('body_en', models.TextField(null=True, verbose_name='text or answer')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sections', to='pages.page', verbose_name='page')),
                    ],
                    options={
                        'verbose_name': 'section',
                        'verbose_name_plural': 'sections',
                        'ordering': ['order', 'pk'],
                    },
                ),
    
            ],
        ),
    ]
