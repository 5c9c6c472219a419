"""Pinned query counts: the news pages cost the same with 10 times the posts, photos and categories."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from core.batch import batched
from core.i18n import default_language, language_codes
from news.models import Category, Document, Post, PostPhoto
from news.tests.conftest import make_post

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
def build_news(scale):
    """`scale` categories, 15 × scale published posts, drafts and scheduled posts, photos, documents."""
    now = timezone.now()
    categories = [
        Category.objects.create(name_vi=f"Chuyên mục {i}", name_en=f"Category {i}", order=i) for i in range(scale)
    ]
    for i in range(15 * scale):
        post = make_post(
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
        for order in range(scale):
            PostPhoto.objects.create(post=post, image="news/photos/p.jpg", alt_vi=f"Ảnh {order}", order=order)
    for i in range(2 * scale):
        make_post(categories[0], f"Bản nháp {i}", status=Post.Status.DRAFT)
        make_post(categories[0], f"Sắp đăng {i}", publish_at=now + timedelta(days=i + 1))
    for i in range(3 * scale):
        Document.objects.create(title_vi=f"Tài liệu {i}", file_vi="documents/a.pdf", kind=Document.Kind.LEGAL)
    return categories


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("scale", [1, 10])
def test_query_counts_do_not_grow_with_data(client, scale, language):
    categories = build_news(scale)
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
