"""The anonymous page cache: hits skip the database, changes show at once, private pages are never cached."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from news.models import Category, Post
from parks.models import Phase
from portal import page_cache


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def get(client, url, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def test_second_anonymous_visit_is_served_without_queries(client, park, page_cache_on):
    url = reverse("portal:park")
    first, first_queries = get(client, url)
    second, second_queries = get(client, url)
    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert first_queries > 0 and second_queries == 0
    assert first.content == second.content
    assert "Content-Security-Policy" in second


def test_each_language_and_query_string_is_its_own_entry(client, park, page_cache_on):
    with translation.override("vi"):
        vi_url = reverse("portal:park")
    with translation.override("en"):
        en_url = reverse("portal:park")
    assert get(client, vi_url)[0]["X-Page-Cache"] == "miss"
    assert get(client, en_url)[0]["X-Page-Cache"] == "miss"
    assert get(client, en_url + "?a=1")[0]["X-Page-Cache"] == "miss"
    english, _ = get(client, en_url)
    assert english["X-Page-Cache"] == "hit" and '<html lang="en">' in english.content.decode()


def test_an_edit_shows_at_once(client, park, page_cache_on):
    phase = Phase.objects.get(name_en="Phase II")
    with translation.override("en"):
        url = phase.get_absolute_url()
    assert "Phase II" in get(client, url)[0].content.decode()
    phase.name_en = "Phase Two"
    phase.save()
    response, queries = get(client, url)
    assert response["X-Page-Cache"] == "miss" and queries > 0
    assert "Phase Two" in response.content.decode()


def test_logged_in_visitors_and_other_methods_bypass_the_cache(client, admin_user, park, page_cache_on):
    url = reverse("portal:park")
    get(client, url)
    client.force_login(admin_user)
    response, queries = get(client, url)
    assert "X-Page-Cache" not in response and queries > 0
    client.logout()
    assert client.post(url).status_code == 405


def test_errors_and_unprefixed_paths_are_not_cached(client, park, page_cache_on):
    response, _ = get(client, "/vi/park/phases/khong-co/")
    assert response.status_code == 404 and "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/robots.txt")


def test_no_page_is_kept_past_the_next_scheduled_change(client, park, page_cache_on):
    soon = timezone.now() + timedelta(seconds=5)
    hook = page_cache.register_next_change(lambda: soon)
    try:
        assert 0 < page_cache._timeout() <= 5
    finally:
        page_cache._next_change_hooks.remove(hook)
    assert page_cache._timeout() == 300


def test_a_scheduled_post_appears_on_cached_pages_at_its_time(client, park, page_cache_on):

    category = Category.objects.create(name_vi="Tin hoạt động", name_en="Park news")
    soon = timezone.now() + timedelta(seconds=90)
    Post.objects.create(
        category=category,
        title_vi="Sắp đăng",
        title_en="Coming soon",
        lead_vi="Tóm tắt",
        body_vi="<p>Nội dung</p>",
        status=Post.Status.PUBLISHED,
        publish_at=soon,
    )
    # The cached home page is kept only until the scheduled post goes public.
    assert 0 < page_cache._timeout() <= 90
