"""Backup and restore of the whole site: the database and the uploaded media, in one dated archive.

The archive (`portal-YYYYmmdd-HHMMSS.tar.gz`) holds
- `manifest.json`: when, which database engine, the applied migrations, the media files;
- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite's own backup API,
  a consistent copy even while the site writes);
- `media/...`: every file of the default storage, read through the storage (local disk or S3 alike).

Restoring needs an empty database (no tables: a fresh `createdb`, or a new SQLite file) and writes the media
back through the storage. The database engine of the archive and of the target must be the same.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why."""


def _engine():
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _pg_environment():
    settings = connection.settings_dict
    environment = {**os.environ}
    if settings.get("PASSWORD"):
        environment["PGPASSWORD"] = settings["PASSWORD"]
    return environment


def _pg_arguments():
    settings = connection.settings_dict
    arguments = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            arguments += [option, str(settings[key])]
    return arguments


def _run(command):
    try:
        subprocess.run(command, check=True, capture_output=True, env=_pg_environment())
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.decode(errors='replace').strip()}") from error


def _media_files(folder=""):
    """Every file name in the default storage, walked through the storage's own listing."""
    try:
        folders, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in sorted(files):
        yield str(PurePosixPath(folder, name)) if folder else name
    for sub in sorted(folders):
        yield from _media_files(str(PurePosixPath(folder, sub)) if folder else sub)


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def create_backup(*, folder, now=None):
    """Write a dated archive of the database and the media into `folder`; returns its path."""
    engine = _engine()
    now = timezone.localtime(now or timezone.now())
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"portal-{now:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        if engine == "postgresql":
            dump = Path(scratch) / "database.dump"
            name = connection.settings_dict["NAME"]
            _run(
                [
                    "pg_dump",
                    *_pg_arguments(),
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--file={dump}",
                    name,
                ]
            )
        else:
            dump = Path(scratch) / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(dump)
            with target:
                connection.connection.backup(target)
            target.close()
        media = list(_media_files())
        manifest = {
            "format": FORMAT,
            "created": now.isoformat(),
            "engine": engine,
            "migrations": sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()),
            "media": media,
        }
        partial = path.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(dump, arcname=dump.name)
            for name in media:
                with default_storage.open(name, "rb") as file:
                    _add_bytes(archive, f"media/{name}", file.read())
        partial.rename(path)  # a half-written archive never carries the final name
    return path


def _safe_member(member):
    name = PurePosixPath(member.name)
    return member.isfile() and not name.is_absolute() and ".." not in name.parts


def restore_backup(*, archive_path):
    """Restore an archive into the connected database, which must be empty, and its media into the storage."""
    engine = _engine()
    try:
        archive = tarfile.open(archive_path, "r:gz")  # noqa: SIM115 (closed by the with block below)
        members = {member.name: member for member in archive.getmembers() if _safe_member(member)}
    except (OSError, EOFError, tarfile.TarError) as error:
        raise BackupError(f"{archive_path} is not a backup archive of this site: {error}") from error
    with archive, tempfile.TemporaryDirectory() as scratch:
        if "manifest.json" not in members:
            raise BackupError(f"{archive_path} has no manifest.json: not a backup archive of this site.")
        manifest = json.loads(archive.extractfile(members["manifest.json"]).read())
        if manifest.get("engine") != engine:
            raise BackupError(f"This backup is of a {manifest.get('engine')} database; the target is {engine}.")
        if connection.introspection.table_names():
            raise BackupError(
                "The database is not empty. Restore into a new, empty database (createdb, or a new SQLite file)."
            )
        if engine == "postgresql":
            dump = Path(scratch) / "database.dump"
            with archive.extractfile(members["database.dump"]) as source, open(dump, "wb") as target:
                shutil.copyfileobj(source, target)
            name = connection.settings_dict["NAME"]
            connection.close()
            _run(
                [
                    "pg_restore",
                    *_pg_arguments(),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    f"--dbname={name}",
                    str(dump),
                ]
            )
        else:
            dump = Path(scratch) / "database.sqlite3"
            with archive.extractfile(members["database.sqlite3"]) as source, open(dump, "wb") as target:
                shutil.copyfileobj(source, target)
            source = sqlite3.connect(dump)
            connection.ensure_connection()
            with source:
                source.backup(connection.connection)
            source.close()
        count = 0
        for name in manifest.get("media", []):
            member = members.get(f"media/{name}")
            if member is None:
                raise BackupError(f"The archive lacks the media file {name} its manifest lists.")
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(archive.extractfile(member).read()))
            if saved != name:
                raise BackupError(f"The storage saved {name} as {saved}.")
            count += 1
    return manifest, count
