# Written by hand for issue 3 (projects): the park's projects, workers and local share
# are now computed from the projects (projects.stats.park_statistics), not stored.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('parks', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='park',
            name='projects_operating',
        ),
        migrations.RemoveField(
            model_name='park',
            name='workers',
        ),
        migrations.RemoveField(
            model_name='park',
            name='local_worker_share',
        ),
    ]
