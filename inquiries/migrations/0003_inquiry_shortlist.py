import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('inquiries', '0002_email_delivery'),
        ('parks', '0004_plot_site_data_connection_position'),
    ]

    operations = [
        migrations.CreateModel(
            name='ShortlistPlot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('inquiry', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='inquiries.inquiry')),
                ('plot', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='parks.plot', verbose_name='plot')),
            ],
            options={
                'verbose_name': 'plot of a shortlist',
                'verbose_name_plural': 'plots of a shortlist',
                'constraints': [models.UniqueConstraint(fields=('inquiry', 'plot'), name='shortlist_plot_unique')],
            },
        ),
        migrations.AddField(
            model_name='inquiry',
            name='plots',
            field=models.ManyToManyField(blank=True, help_text='The plots of a shortlist the investor asked about together.', related_name='shortlist_inquiries', through='inquiries.ShortlistPlot', to='parks.plot', verbose_name='shortlist'),
        ),
    ]
