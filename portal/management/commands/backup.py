"""Write a dated archive of the database and the uploaded media (run daily by the scheduled-jobs timer)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and the media into a dated archive (BACKUP_DIR, or --output)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=None, help="the folder to write into (default: BACKUP_DIR)")

    def handle(self, *args, output=None, **options):
        try:
            path = create_backup(folder=output or settings.BACKUP_DIR)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
