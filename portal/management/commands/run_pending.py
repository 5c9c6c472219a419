"""`manage.py run_pending`: queue the background work still undone (the scheduled-jobs timer runs it).

Emails of inquiries and plot alerts that the mail server has not taken yet and photos
without their resized versions are queued again for the task worker, for
when an outage outlasted the tries of their tasks, or a task was lost with
its worker. Each email and each photo is done once, however often it is queued.
"""

from django.core.management.base import BaseCommand

from alerts.services import queue_pending_emails as queue_pending_alerts
from inquiries.services import queue_pending_emails
from news.services import queue_missing_renditions


class Command(BaseCommand):
    help = "Queue the emails still unsent and the photos still unresized for the task worker."

    def handle(self, *args, **options):
        emails = queue_pending_emails()
        photos = queue_missing_renditions()
        alerts = queue_pending_alerts()
        self.stdout.write(
            f"Queued: {emails} inquiries with emails to send, {alerts} plot alert emails, "
            f"{photos} posts with photos to resize."
        )
