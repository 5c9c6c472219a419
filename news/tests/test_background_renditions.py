"""Photos are resized by the task worker, after the save: until then the admin says "processing" and pages show
the photo as uploaded, never a resized file that is not there yet."""

import re

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from news.models import Post
from news.tests.conftest import photo_upload
from news.tests.test_uploads import post_form_data

# The worker runs as in production, outside a transaction: between tasks it closes a connection left in a
# transaction, which a test wrapped in one would lose (PostgreSQL).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def task_queue():
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        cache.clear()
        yield
    cache.clear()


def linked_media(page):
    return re.findall(r"/media/([^\s\"',]+)", page)


def test_a_new_photo_is_shown_as_uploaded_until_the_worker_has_resized_it(
    client, editor_client, category, task_queue, settings
):
    settings.ROOT_URLCONF = "portal.tests.media_urls"
    data = post_form_data(category, cover=photo_upload("ban-dau.jpg", size=(2000, 1125)), cover_alt_vi="Nhà xưởng")
    response = editor_client.post(reverse("admin:news_post_add"), data)
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.cover_renditions == {}
    assert DBTaskResult.objects.filter(task_path="news.services.make_post_renditions").count() == 1

    with translation.override("en"):
        change_url = reverse("admin:news_post_change", args=[post.pk])
    change = editor_client.get(change_url).content.decode()
    assert "Processing: the resized versions are being made" in change
    with translation.override("vi"):
        url = post.get_absolute_url()
    page = client.get(url).content.decode()
    files = linked_media(page)
    assert set(files) == {post.cover.name}
    assert all(default_storage.exists(name) for name in files)

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
    post.refresh_from_db()
    assert [item["w"] for item in post.cover_renditions["items"]] == [480, 960, 1600]
    page = client.get(url).content.decode()
    files = linked_media(page)
    assert len(files) > 3 and post.cover.name not in files
    assert all(default_storage.exists(name) for name in files)
    change = editor_client.get(change_url).content.decode()
    assert "Resized for the site." in change
