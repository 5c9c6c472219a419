"""Uploads in S3-compatible object storage (DJANGO_MEDIA_STORAGE=s3), against a real local S3 server (moto's).

What one app server stores there, every other one finds: the photo, its resized versions and the documents are
objects in the bucket, addressed at the site's own /media/, documents stored to be downloaded, not shown.
"""

import pytest
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation

from core.testing import S3Server
from news.models import Document, Post
from news.tests.conftest import pdf_bytes, photo_upload
from news.tests.test_admin import document_form_data
from news.tests.test_uploads import post_form_data


@pytest.fixture(scope="module")
def s3_server():
    server = S3Server().start()
    yield server
    server.stop()


@pytest.fixture
def s3_media(s3_server):
    with override_settings(STORAGES=s3_server.storages_setting(settings.STORAGES["staticfiles"])):
        yield s3_server


def objects(server):
    listing = server.client().list_objects_v2(Bucket=server.bucket)
    return {item["Key"] for item in listing.get("Contents", [])}


def test_a_photo_and_its_resized_versions_are_objects_in_the_bucket(client, editor_client, category, s3_media):
    data = post_form_data(category, cover=photo_upload("nha-xuong.jpg", size=(2000, 1125)), cover_alt_vi="Nhà xưởng")
    assert editor_client.post(reverse("admin:news_post_add"), data).status_code == 302
    post = Post.objects.get()
    stored = objects(s3_media)
    assert post.cover.name in stored
    renditions = [item[kind] for item in post.cover_renditions["items"] for kind in ("webp", "jpeg")]
    assert len(renditions) == 6 and set(renditions) <= stored
    head = s3_media.client().head_object(Bucket=s3_media.bucket, Key=renditions[0])
    assert head["ContentType"] == "image/webp"
    # Pages address them at the site's own /media/, which the proxy serves from the bucket.
    with translation.override("vi"):
        page = client.get(post.get_absolute_url()).content.decode()
    assert f"/media/{renditions[0]}" in page
    assert s3_media.endpoint_url not in page


def test_documents_are_stored_to_be_downloaded(editor_client, s3_media):
    data = document_form_data(
        file_vi=SimpleUploadedFile("gioi-thieu.pdf", pdf_bytes(), content_type="application/pdf"),
    )
    assert editor_client.post(reverse("admin:news_document_add"), data).status_code == 302
    document = Document.objects.get()
    head = s3_media.client().head_object(Bucket=s3_media.bucket, Key=document.file_vi.name)
    assert head["ContentDisposition"] == "attachment"
    assert head["ContentType"] == "application/pdf"
    assert document.file_vi.url == f"/media/{document.file_vi.name}"


def test_another_server_reads_what_one_stored(s3_media):
    name = default_storage.save("documents/2026/ban-do.pdf", SimpleUploadedFile("x", pdf_bytes()))
    # A second app server: a storage object of its own, the same bucket.
    other = storages.create_storage(settings.STORAGES["default"])
    assert other is not default_storage._wrapped
    with other.open(name) as stored:
        assert stored.read() == pdf_bytes()
