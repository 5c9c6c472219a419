"""Pinned query counts: a search costs the same with 10 times the posts, pages and documents."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.batch import batched
from core.builders import create_all
from core.i18n import language_codes
from core.testing import query_count
from news.tests.test_queries import build_news
from pages.models import Page, PageSection

# One query for every kind of result (the search index), and the header's and footer's two, in every language.
EXPECTED_QUERIES = 3


@batched()
def build_pages(scale):
    pages = create_all(Page(title_vi=f"Thủ tục đầu tư {i}", title_en=f"How to invest {i}") for i in range(scale))
    create_all(
        PageSection(page=page, heading_vi=f"Bước {order}", body_vi="Nộp hồ sơ đầu tư", order=order)
        for page in pages
        for order in range(3)
    )


def build_content(scale):
    build_news(scale)
    build_pages(scale)


@pytest.fixture(scope="module")
def _module_content(module_data, scale):
    with module_data.built(lambda: build_content(scale)):
        yield module_data.shared


@pytest.fixture
def content(_module_content, scale, db):
    """News and pages at `scale`, built once per module and scale where the tests do not commit (they only
    read them)."""
    if not _module_content:
        build_content(scale)


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("scale", [1, 10], scope="module")
def test_search_query_count_does_not_grow_with_data(client, content, scale, language):
    with translation.override(language):
        assert query_count(client, reverse("search:search") + "?q=dau+tu") == EXPECTED_QUERIES
