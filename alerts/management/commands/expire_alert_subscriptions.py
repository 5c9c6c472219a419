"""Delete the plot alert subscriptions never confirmed before their link expired, and old alert records (daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from alerts.services import remove_expired


class Command(BaseCommand):
    help = "Delete the unconfirmed plot alert subscriptions older than ALERT_CONFIRMATION_HOURS, and old alert records."

    def handle(self, *args, **options):
        count = remove_expired()
        self.stdout.write(
            f"{count} plot alert subscriptions left unconfirmed for {settings.ALERT_CONFIRMATION_HOURS} hours were deleted."
        )
