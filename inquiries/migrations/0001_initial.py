import django.core.validators
import django.db.models.deletion
import inquiries.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portal', '0005_move_models_to_their_apps'),
        ('parks', '0003_plan_shapes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # The tables exist (renamed from portal's by portal 0005): this only declares the models.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Inquiry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('status', models.CharField(choices=[('new', 'New'), ('contacted', 'Contacted'), ('site_visit', 'Site visit'), ('negotiating', 'Negotiating'), ('won', 'Won'), ('lost', 'Lost')], default='new', help_text="Where the board is with this inquiry. It does not change the plot's status: that is the board's decision, made on the plot itself.", max_length=12, verbose_name='status')),
                        ('company', models.CharField(max_length=200, verbose_name='company')),
                        ('contact_name', models.CharField(max_length=120, verbose_name='contact person')),
                        ('email', models.EmailField(max_length=254, verbose_name='email')),
                        ('phone', models.CharField(max_length=40, validators=[inquiries.models.validate_phone], verbose_name='phone')),
                        ('country', models.CharField(max_length=100, verbose_name='country')),
                        ('land_needed_m2', models.PositiveIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='land needed (m²)')),
                        ('capital_amount', models.PositiveBigIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='planned capital')),
                        ('capital_currency', models.CharField(choices=[('VND', 'VND'), ('USD', 'USD')], default='VND', max_length=3, verbose_name='currency of the capital')),
                        ('timeline', models.CharField(choices=[('6_months', 'Within 6 months'), ('1_year', 'In 6 to 12 months'), ('2_years', 'In 1 to 2 years'), ('later', 'Later than 2 years'), ('undecided', 'Not decided yet')], max_length=12, verbose_name='timeline')),
                        ('message', models.TextField(max_length=5000, verbose_name='message')),
                        ('preferred_language', models.CharField(choices=inquiries.models.language_choices, default='vi', max_length=10, verbose_name='preferred language')),
                        ('ip_address', models.GenericIPAddressField(blank=True, editable=False, null=True, verbose_name='sent from (IP address)')),
                        ('assignee', models.ForeignKey(blank=True, limit_choices_to={'is_active': True, 'is_staff': True}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='assigned_inquiries', to=settings.AUTH_USER_MODEL, verbose_name='assigned to')),
                        ('plot', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiries', to='parks.plot', verbose_name='plot')),
                        ('sector', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inquiries', to='parks.sector', verbose_name='sector')),
                    ],
                    options={
                        'verbose_name': 'investor inquiry',
                        'verbose_name_plural': 'investor inquiries',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='InquiryNote',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='written')),
                        ('text', models.TextField(verbose_name='note')),
                        ('author', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                        ('inquiry', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='inquiries.inquiry', verbose_name='inquiry')),
                    ],
                    options={
                        'verbose_name': 'internal note',
                        'verbose_name_plural': 'internal notes',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='inquiry',
                    index=models.Index(fields=['status', '-created_at'], name='inquiry_status_created'),
                ),
    
            ],
        ),
    ]
