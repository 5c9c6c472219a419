"""Backup and restore: a backup restored into an empty database (PostgreSQL under make test-postgres, SQLite
otherwise) serves the same public pages, byte for byte apart from tokens, with the same media files."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation

from core.i18n import language_codes
from news.models import Category, Document, Post
from news.services import process_post_photos
from news.tests.conftest import pdf_bytes, photo_upload
from parks.models import Plot
from projects.models import Investor
from projects.tests.builders import make_project

pytestmark = [pytest.mark.django_db(transaction=True)]

TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+(")')


def without_tokens(html):
    return TOKEN.sub(r"\1…\2", html)


def build_content():
    category = Category.objects.create(name_vi="Xúc tiến đầu tư", name_en="Investment promotion")
    post = Post.objects.create(
        category=category,
        title_vi="Khởi công nhà máy ở giai đoạn II",
        title_en="Ground broken on a factory in phase II",
        body_vi="<p>Nhà xưởng <strong>5.000 m²</strong>.</p>",
        status=Post.Status.PUBLISHED,
        cover=photo_upload("nha-may.jpg", size=(1000, 600)),
        cover_alt_vi="Nhà máy",
    )
    process_post_photos(post=post)
    Document.objects.create(title_vi="Hồ sơ giới thiệu", file_vi=SimpleUploadedFile("ho-so.pdf", pdf_bytes()))
    investor = Investor.objects.create(name_vi="Công ty TNHH Lechenwood Việt Nam", name_en="Lechenwood Vietnam")
    make_project(
        investor, name_vi="Nhà máy chế biến gỗ", name_en="Wood processing plant", plot=Plot.objects.get(code="P0-0-2")
    )
    return post


def public_urls(post):
    urls = ["/api/plots.geojson", "/api/key-figures.json", "/sitemap.xml"]
    for code in language_codes():
        with translation.override(code):
            urls += [
                f"/{code}/",
                f"/{code}/park/",
                f"/{code}/park/plots/P0-0-2/",
                f"/{code}/projects/",
                f"/{code}/news/",
                post.get_absolute_url(),
                f"/{code}/documents/",
                f"/{code}/sectors/",
            ]
    return urls


@pytest.fixture
def empty_database(tmp_path):
    """A new, empty database of the suite's engine, and the DATABASE_URL that names it; dropped afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    params = connection.settings_dict
    name = f"{params['NAME']}_restore"  # the test database's name and prefix, plus a suffix
    base = [
        "--host",
        params["HOST"] or "127.0.0.1",
        "--port",
        str(params["PORT"] or 5432),
        "--username",
        params["USER"] or "postgres",
    ]
    environment = {**os.environ, "PGPASSWORD": params.get("PASSWORD") or ""}
    subprocess.run(["dropdb", *base, "--if-exists", name], check=True, env=environment)
    subprocess.run(["createdb", *base, name], check=True, env=environment)
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    yield f"postgres://{params['USER']}{password}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{name}"
    subprocess.run(["dropdb", *base, "--if-exists", name], check=True, env=environment)


def run(args, database_url, media_root):
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(media_root),
        "DJANGO_PAGE_CACHE_SECONDS": "0",
        "DJANGO_DEBUG": "1",
    }
    environment.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_backup_restored_into_an_empty_database_serves_the_same_pages(client, park, tmp_path, empty_database):
    post = build_content()
    urls = public_urls(post)
    before = {}
    for url in urls:
        response = client.get(url)
        before[url] = [response.status_code, without_tokens(response.content.decode())]
    assert all(status == 200 for status, _body in before.values()), {u: s for u, (s, _b) in before.items()}
    media = {name: default_storage.open(name).read() for name in _walk(Path(settings.MEDIA_ROOT))}
    assert any(name.startswith("documents/") for name in media) and any("renditions" in name for name in media)

    call_command("backup", output=str(tmp_path / "backups"), stdout=open(os.devnull, "w"))  # noqa: SIM115
    archive = next((tmp_path / "backups").glob("portal-*.tar.gz"))

    restored_media = tmp_path / "restored-media"
    manage = str(Path(settings.BASE_DIR) / "manage.py")
    run([manage, "restore", str(archive)], empty_database, restored_media)
    after = json.loads(run(["-m", "portal.tests.render_pages", *urls], empty_database, restored_media))
    for url in urls:
        status, body = after[url]
        assert status == before[url][0], url
        assert without_tokens(body) == before[url][1], url
    assert {name: (restored_media / name).read_bytes() for name in _walk(restored_media)} == media

    # Restoring again into the now full database is refused, and changes nothing.
    with pytest.raises(AssertionError, match="not empty"):
        run([manage, "restore", str(archive)], empty_database, restored_media)


def _walk(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "portal-20260101-000000.tar.gz"
    bogus.write_bytes(b"<html>not an archive</html>")
    with pytest.raises(CommandError, match="not a backup archive"):
        call_command("restore", str(bogus))
