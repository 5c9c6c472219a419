"""Restore an archive made by `manage.py backup` into an empty database, and its media into the storage."""

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database (a new createdb, or a new SQLite file) and the media."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a portal-YYYYmmdd-HHMMSS.tar.gz written by manage.py backup")

    def handle(self, *args, archive, **options):
        try:
            manifest, files = restore_backup(archive_path=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the {manifest['engine']} database of {manifest['created']} and {files} media files."
        )
