"""Make the change log's entries from the history saved so far (after deploying it, or to mend it); safe to rerun."""

from django.core.management.base import BaseCommand

from changelog.services import rebuild


class Command(BaseCommand):
    help = "Make the public change log's entries from every version in the history; entries already made are kept."

    def handle(self, *args, **options):
        added = rebuild()
        self.stdout.write(f"{added} change log entries added.")
