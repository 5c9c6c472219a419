"""Remove the personal data of inquiries closed longer ago than the retention period (run daily by the timer)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from inquiries.services import anonymise_expired


class Command(BaseCommand):
    help = "Anonymise the inquiries closed more than INQUIRY_RETENTION_DAYS days ago."

    def handle(self, *args, **options):
        count = anonymise_expired()
        self.stdout.write(
            f"{count} inquiries closed more than {settings.INQUIRY_RETENTION_DAYS} days ago were anonymised."
        )
