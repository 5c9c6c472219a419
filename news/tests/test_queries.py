"""Pinned query counts: the news pages cost the same with 10 times the posts, photos and categories."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from core.batch import batched
from core.builders import create_all
from core.i18n import default_language, language_codes
from news.models import Category, Document, Post, PostPhoto
from news.tests.conftest import new_post

# Pinned: a page that grows a query per item fails here; a deliberate change updates the number.
# English pages that show one object also read its translation status (base.html), hence +1.
EXPECTED_QUERIES = {
    "vi": {
        "list": 6,
        "list page 2": 6,
        "category": 6,
        "post": 6,
        "feed": 1,
        "category feed": 2,
        "documents": 3,
    },
    "en": {
        "list": 6,
        "list page 2": 6,
        "category": 7,
        "post": 7,
        "feed": 1,
        "category feed": 2,
        "documents": 3,
    },
}


@batched()
def build_news(scale, now=None):
    """`scale` categories, 15 × scale published posts, drafts and scheduled posts, photos, documents (each list
    saved together: core.builders)."""
    now = now or timezone.now()
    categories = create_all(Category(name_vi=f"Chuyên mục {i}", name_en=f"Category {i}", order=i) for i in range(scale))
    published = create_all(
        new_post(
            categories[i % scale],
            f"Tin đầu tư số {i}",
            title_en=f"Investment news {i}",
            publish_at=now - timedelta(hours=i + 1),
            featured=i == 3,
            author_vi="Ban biên tập",
            source_name_vi="Cổng thông tin điện tử",
            cover="news/covers/a.jpg",
            cover_alt_vi="Ảnh",
            cover_renditions={
                "source": "news/covers/a.jpg",
                "width": 1600,
                "height": 900,
                "items": [{"w": 480, "h": 270, "webp": "r/a-480.webp", "jpeg": "r/a-480.jpg"}],
            },
        )
        for i in range(15 * scale)
    )
    create_all(
        PostPhoto(post=post, image="news/photos/p.jpg", alt_vi=f"Ảnh {order}", order=order)
        for post in published
        for order in range(scale)
    )
    create_all(
        post
        for i in range(2 * scale)
        for post in (
            new_post(categories[0], f"Bản nháp {i}", status=Post.Status.DRAFT, publish_at=now - timedelta(days=1)),
            new_post(categories[0], f"Sắp đăng {i}", publish_at=now + timedelta(days=i + 1)),
        )
    )
    create_all(
        Document(title_vi=f"Tài liệu {i}", file_vi="documents/a.pdf", kind=Document.Kind.LEGAL)
        for i in range(3 * scale)
    )
    return categories


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture(scope="module")
def _module_news(module_data, scale):
    with module_data.built(lambda: [category.pk for category in build_news(scale)]) as categories:
        yield categories


@pytest.fixture
def categories(_module_news, scale, db):
    """build_news(scale)'s categories; the news is built once per module and scale where the tests do not commit
    (they only read it)."""
    if _module_news is None:
        return build_news(scale)
    return [Category.objects.get(pk=pk) for pk in _module_news]


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("scale", [1, 10], scope="module")
def test_query_counts_do_not_grow_with_data(client, categories, scale, language):
    with translation.override(language):
        post = Post.objects.published().filter(category=categories[0]).last()
        urls = {
            "list": reverse("news:list"),
            "list page 2": reverse("news:list") + "?page=2",
            "category": categories[0].get_absolute_url(),
            "post": post.get_absolute_url(),
            "feed": reverse("news:feed"),
            "category feed": reverse("news:category_feed", kwargs={"slug": categories[0].url_slug}),
            "documents": reverse("news:documents"),
        }
        counts = {name: count(client, url) for name, url in urls.items()}
    # Every target language costs what English does.
    assert counts == EXPECTED_QUERIES[language if language == default_language() else "en"]
