"""The demo news loads idempotently (loaded once for the module, its files in the module's media folder) and its
pages render."""

import pytest
from django.core.files.storage import default_storage
from django.test.utils import override_settings
from django.utils import timezone

from core.i18n import language_codes
from news.demo import load_demo_news
from news.models import Category, Document, Post, PostPhoto


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-news-media")


@pytest.fixture(scope="module")
def _module_demo(module_data, demo_media):
    def build():
        with override_settings(MEDIA_ROOT=demo_media):
            return load_demo_news()

    return module_data.build(build)


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    """The demo's files, for every test of the module."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def first_load(_module_demo, db):
    """What the first load of the demo news counted (created, updated, unchanged)."""
    return _module_demo if _module_demo is not None else load_demo_news()


def test_demo_news_loads_once_and_a_rerun_changes_nothing(first_load):
    first = first_load
    assert first["created"] > 0
    assert Category.objects.count() == 3
    assert Post.objects.count() == 6
    assert Post.objects.filter(status=Post.Status.DRAFT).count() == 1
    scheduled = [post for post in Post.objects.all() if post.is_scheduled]
    assert len(scheduled) == 1 and scheduled[0].publish_at > timezone.now()
    assert Post.objects.published().count() == 4
    source = Post.objects.get(slug_vi="thu-hut-dau-tu-vao-khu-cong-nghiep-thanh-binh")
    assert source.source_name_vi == "Cổng thông tin điện tử tỉnh Bắc Kạn cũ, 2022"
    assert source.source_name_en == "E-portal of the former Bac Kan province, 2022"
    assert "73,5 ha" in source.body_vi and "73.5 ha" in source.body_en
    assert source.photos.count() == 2
    for post in Post.objects.all():
        assert post.cover and default_storage.exists(post.cover.name)
        assert post.cover_alt_vi and post.cover_alt_en
        assert post.title_en and post.body_en
        assert [item["w"] for item in post.cover_renditions["items"]] == [480, 960, 1600]
    assert all(photo.renditions["items"] for photo in PostPhoto.objects.all())
    for document in Document.objects.all():
        assert default_storage.exists(document.file_vi.name)
        with default_storage.open(document.file_vi.name) as file:
            assert file.read(5) == b"%PDF-"
    assert Document.objects.filter(file_en="").count() + Document.objects.filter(file_en__isnull=True).count() == 1

    snapshot = {post.pk: (post.updated_at, post.cover.name, post.publish_at) for post in Post.objects.all()}
    files = sorted(default_storage.listdir("news/covers/" + timezone.now().strftime("%Y/%m"))[1])
    second = load_demo_news()
    assert second["created"] == 0 and second["updated"] == 0
    assert {post.pk: (post.updated_at, post.cover.name, post.publish_at) for post in Post.objects.all()} == snapshot
    assert sorted(default_storage.listdir("news/covers/" + timezone.now().strftime("%Y/%m"))[1]) == files


def test_demo_keeps_a_scheduled_post_once_its_time_has_passed_by_moving_it_ahead(first_load):
    scheduled = next(post for post in Post.objects.all() if post.is_scheduled)
    Post.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - timezone.timedelta(minutes=5))
    load_demo_news()
    scheduled.refresh_from_db()
    assert scheduled.is_scheduled


def test_demo_pages_render(client, park, first_load):
    for language in language_codes():
        for url in [f"/{language}/news/", f"/{language}/documents/", f"/{language}/"]:
            assert client.get(url).status_code == 200, url
    for post in Post.objects.published():
        for language in language_codes():
            response = client.get(
                f"/{language}/news/{timezone.localtime(post.publish_at).year}/{post.slug_vi}/", follow=True
            )
            assert response.status_code == 200
