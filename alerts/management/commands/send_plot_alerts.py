"""`manage.py send_plot_alerts`: the daily run of the plot alerts (portal-daily): find what changed, mail subscribers.

Safe to run again: nothing is sent twice, and each subscriber gets at most one email a day.
"""

from django.core.management.base import BaseCommand

from alerts.services import queue_pending_emails, run_daily


class Command(BaseCommand):
    help = "Find the plots that changed since the last run and queue today's plot alert emails."

    def handle(self, *args, **options):
        changes, emails = run_daily()
        # What an outage left unsent on earlier days goes out with today's.
        pending = queue_pending_emails()
        self.stdout.write(f"Plot alerts: {changes} changes found, {emails} emails made, {pending} emails queued.")
