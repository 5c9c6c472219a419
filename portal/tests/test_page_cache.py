"""The anonymous page cache: hits skip the database, changes show once committed, private pages are never cached."""

import gzip
import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.http import HttpResponse, QueryDict
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from core import content
from core.content import bump_content_version, content_changed, mark_content_changed, register_next_change
from core.roles import TRANSLATOR
from core.testing import real_redis_cache
from inquiries.models import Inquiry, InquiryNote
from news.models import Category, Post
from news.services import process_post_photos
from news.tests.conftest import make_post, photo_upload
from pages.models import Page
from parks.models import Park, Phase, Plot
from portal import page_cache
from translations.status import record_translations


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


def test_each_language_is_its_own_entry(client, park, page_cache_on):
    with translation.override("vi"):
        vi_url = reverse("portal:park")
    with translation.override("en"):
        en_url = reverse("portal:park")
    assert get(client, vi_url)[0]["X-Page-Cache"] == "miss"
    assert get(client, en_url)[0]["X-Page-Cache"] == "miss"
    english, _ = get(client, en_url)
    assert english["X-Page-Cache"] == "hit" and '<html lang="en">' in english.content.decode()


def test_parameters_no_page_reads_share_the_page(client, park, page_cache_on):
    url = reverse("portal:park")
    assert get(client, url)[0]["X-Page-Cache"] == "miss"
    for query in ("?utm_source=newsletter", "?utm_x=1&fbclid=abc", "?a=1&a=2"):
        response, queries = get(client, url + query)
        assert response["X-Page-Cache"] == "hit" and queries == 0, query


def test_parameters_a_page_reads_make_their_own_entries(client, park, page_cache_on):
    url = reverse("parks:finder")
    assert get(client, url)[0]["X-Page-Cache"] == "miss"
    available, _ = get(client, url + "?status=available")
    assert available["X-Page-Cache"] == "miss"
    # The same filter in another order, or with a tracking parameter beside it, is the same page.
    assert get(client, url + "?utm_source=x&status=available")[0]["X-Page-Cache"] == "hit"
    leased, _ = get(client, url + "?status=leased")
    assert leased["X-Page-Cache"] == "miss" and leased.content != available.content


def test_the_order_of_a_parameters_values_is_part_of_the_key(client, park, page_cache_on):
    """A shortlist is in the order it was made: ?plot=A&plot=B shows A first, ?plot=B&plot=A shows B first."""
    a, b = (f"plot={code}" for code in Plot.objects.order_by("code").values_list("code", flat=True)[:2])
    url = reverse("parks:compare")
    first, _ = get(client, f"{url}?{a}&{b}")
    second, _ = get(client, f"{url}?{b}&{a}")
    assert first["X-Page-Cache"] == second["X-Page-Cache"] == "miss"
    assert first.content != second.content
    assert get(client, f"{url}?{b}&utm_source=x&{a}")[0]["X-Page-Cache"] == "hit"


def test_scheme_and_host_are_part_of_the_key(client, park, page_cache_on, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.testserver"]
    url = reverse("portal:park")
    plain, _ = get(client, url)
    secure, _ = get(client, url, secure=True)
    other_host, _ = get(client, url, HTTP_HOST="www.testserver")
    assert [plain["X-Page-Cache"], secure["X-Page-Cache"], other_host["X-Page-Cache"]] == ["miss"] * 3
    assert 'rel="canonical" href="http://testserver/' in plain.content.decode()
    assert 'rel="canonical" href="https://testserver/' in secure.content.decode()
    assert 'rel="canonical" href="http://www.testserver/' in other_host.content.decode()
    assert get(client, url, secure=True)[0]["X-Page-Cache"] == "hit"


def test_an_edit_shows_once_it_commits(client, park, page_cache_on, django_capture_on_commit_callbacks):
    phase = Phase.objects.get(name_en="Phase II")
    with translation.override("en"):
        url = phase.get_absolute_url()
    assert "Phase II" in get(client, url)[0].content.decode()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        phase.name_en = "Phase Two"
        phase.save()
        # Not committed yet: a visitor now may get the page of before, and it stays the page of before.
        assert get(client, url)[0]["X-Page-Cache"] == "hit"
    assert callbacks
    response, queries = get(client, url)
    assert response["X-Page-Cache"] == "miss" and queries > 0
    assert "Phase Two" in response.content.decode()


def test_changes_are_announced_after_the_commit_and_not_when_rolled_back(park, django_capture_on_commit_callbacks):
    heard = []

    def listen(sender, **kwargs):
        heard.append(sender)

    content_changed.connect(listen, weak=False, dispatch_uid="test-heard")
    try:
        with django_capture_on_commit_callbacks() as callbacks:
            for phase in Phase.objects.all():
                phase.save()
            Plot.objects.first().save()
        assert heard == [] and len(callbacks) == 4  # nothing before the commit
        for callback in callbacks:
            callback()
        assert len(heard) == 4
        # A change in a savepoint that is rolled back is forgotten with it; one outside it still counts.
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            try:
                with transaction.atomic():
                    Phase.objects.first().save()
                    raise RuntimeError
            except RuntimeError:
                pass
            mark_content_changed()
        assert len(callbacks) == 1 and len(heard) == 5
    finally:
        content_changed.disconnect(dispatch_uid="test-heard")


def test_private_records_do_not_empty_the_cache(
    client, park, page_cache_on, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("portal:park")
    get(client, url)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        inquiry = Inquiry.objects.create(
            company="Kanto",
            contact_name="Sato",
            email="sato@example.jp",
            phone="+81 3 1234 5678",
            country="Japan",
            timeline=Inquiry.Timeline.SIX_MONTHS,
            message="Hello",
        )
        InquiryNote.objects.create(inquiry=inquiry, author=admin_user, text="Called back.")
        record_translations(Page.objects.first(), force=True)
        Group.objects.get(name=TRANSLATOR).user_set.add(admin_user)
    assert callbacks == []
    assert get(client, url)[0]["X-Page-Cache"] == "hit"


def test_resized_photos_written_with_update_empty_the_cache(
    client, park, page_cache_on, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        category = Category.objects.create(name_vi="Tin hoạt động", name_en="Park news")
        post = make_post(category, "Khởi công nhà máy", cover=photo_upload("nha-may.jpg"), cover_alt_vi="Nhà máy")
    url = post.get_absolute_url()
    first, _ = get(client, url)
    assert first["X-Page-Cache"] == "miss" and "srcset" not in first.content.decode()
    # The renditions are written with QuerySet.update(), which sends no model signal; the service says so.
    with django_capture_on_commit_callbacks(execute=True):
        assert process_post_photos(post=post) == 1
    second, _ = get(client, url)
    assert second["X-Page-Cache"] == "miss" and "srcset" in second.content.decode()


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


def test_a_page_made_before_a_change_is_never_served_after_it(client, park, page_cache_on):
    url = reverse("portal:park")
    get(client, url)
    key = page_cache.page_key(client.get(url).wsgi_request)
    version, _response, _bodies, _expires = cache.get(key)
    bump_content_version()
    # The page is still stored, with the version it was made from: it is not served.
    assert cache.get(key)[0] == version
    assert get(client, url)[0]["X-Page-Cache"] == "miss"


def test_no_page_is_kept_past_the_next_scheduled_change(client, park, page_cache_on):
    soon = timezone.now() + timedelta(seconds=5)
    hook = register_next_change(lambda: soon)
    try:
        assert 0 < page_cache._timeout() <= 5
    finally:
        content._next_change_hooks.remove(hook)
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


# The real Redis of the tests (db 14, as the render cache's tests).
REDIS_TEST_URL = "redis://127.0.0.1:6379/14"

# A cache server that is not there: the real Redis client, connecting to a port where nothing listens.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.fixture
def redis_away(settings):
    settings.PAGE_CACHE_SECONDS = 300
    with override_settings(CACHES=UNREACHABLE_REDIS):
        assert type(caches["default"]).__name__ == "ResilientRedisCache"
        yield


def test_without_the_cache_pages_are_served_uncached(client, park, redis_away):
    for url in (reverse("portal:park"), reverse("portal:home"), reverse("parks:finder") + "?status=available"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response
    mark_content_changed()  # the version cannot move: no error either


@pytest.fixture
def page_cache_on_redis(settings):
    """The page cache on the real Redis (db 14, under a prefix of this process's own), with copies of the pages
    this process served; emptied afterwards."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_RECENT_PAGES = 200
    page_cache.recent_pages.clear()
    with real_redis_cache(settings, "core.cache.ResilientRedisCache", REDIS_TEST_URL, "page-cache-test") as backend:
        yield backend
    page_cache.recent_pages.clear()


def watch_reads(monkeypatch, backend):
    """The cache's reads from now on: (method, keys)."""
    reads = []
    for name in ("get", "get_many", "get_tracked"):
        method = getattr(backend, name)

        def watched(keys, *args, _name=name, _method=method, **kwargs):
            reads.append((_name, keys))
            return _method(keys, *args, **kwargs)

        monkeypatch.setattr(backend, name, watched)
    return reads


def test_on_redis_a_page_this_process_served_is_sent_again_for_the_version_alone(
    client, park, page_cache_on_redis, monkeypatch
):
    url = reverse("portal:park")
    first, _queries = get(client, url)
    reads = watch_reads(monkeypatch, page_cache_on_redis)
    second, queries = get(client, url, HTTP_ACCEPT_ENCODING="gzip")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit" and queries == 0
    assert gzip.decompress(second.content) == first.content
    # The version alone is read, through Redis's tracking: no round trip while it stands; the page does not travel.
    assert reads == [("get_tracked", content.VERSION_KEY)]
    sent = []
    tracking = page_cache_on_redis._tracked._connection
    monkeypatch.setattr(tracking, "send_command", lambda *args, **kwargs: sent.append(args))
    assert get(client, url)[0]["X-Page-Cache"] == "hit" and sent == []
    monkeypatch.undo()
    third, _queries = get(client, url)
    assert third.content == first.content and "Content-Encoding" not in third


def test_on_redis_a_copy_is_not_sent_once_another_process_changed_the_content(client, park, page_cache_on_redis):
    """Another app server saves: the version moves in Redis, not in this process. The next request here gets the
    page of the new content."""
    url = reverse("portal:park")
    get(client, url)
    assert get(client, url)[0]["X-Page-Cache"] == "hit"
    Park.objects.filter(pk=park.pk).update(tagline_vi="Đất sạch sẵn sàng cho nhà máy của bạn")
    redis = page_cache_on_redis._cache.get_client(write=True)
    redis.incr(page_cache_on_redis.make_key(content.VERSION_KEY))
    # Redis has answered since (the next request starts after the save has returned).
    assert redis.ping()
    changed, queries = get(client, url)
    assert changed["X-Page-Cache"] == "miss" and queries > 0
    assert "Đất sạch sẵn sàng cho nhà máy của bạn" in changed.content.decode()
    assert get(client, url)[0]["X-Page-Cache"] == "hit"


def test_on_redis_a_copy_is_not_sent_while_redis_is_away(client, park, page_cache_on_redis):
    """Without the version there is no telling whether a copy is current: the page is made anew."""
    url = reverse("portal:park")
    get(client, url)
    Park.objects.filter(pk=park.pk).update(tagline_vi="Đất sạch sẵn sàng cho nhà máy của bạn")
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response, queries = get(client, url)
    assert response.status_code == 200 and "X-Page-Cache" not in response and queries > 0
    assert "Đất sạch sẵn sàng cho nhà máy của bạn" in response.content.decode()


def test_the_copies_are_few_and_none_is_kept_past_its_expiry(settings):
    settings.PAGE_CACHE_RECENT_PAGES = 2
    recent = page_cache.RecentPages()
    later = time.time() + 60
    for key in ("a", "b", "c"):
        recent.put(key, 7, later, HttpResponse(key), None)
    assert recent.get("a") is None
    version, response, bodies = recent.get("b")
    assert version == 7 and response.content == b"b" and bodies is None
    # Each hit gets its own copy: a header set on one is not on the next.
    recent.get("c")[1]["X-Page-Cache"] = "hit"
    assert "X-Page-Cache" not in recent.get("c")[1]
    recent.put("d", 7, time.time() - 1, HttpResponse("d"), None)
    assert recent.get("d") is None
    settings.PAGE_CACHE_RECENT_PAGES = 0
    recent.put("e", 7, later, HttpResponse("e"), None)
    assert recent.get("e") is None


# Parameters a view reads, watched: every public page reads only those it lists (or the cache would mix pages up).
class WatchedQuery(QueryDict):
    read = set()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def _everything(self):
        self.read.add("*")

    def items(self):
        self._everything()
        return super().items()

    def lists(self):
        self._everything()
        return super().lists()

    def keys(self):
        self._everything()
        return super().keys()

    def dict(self):
        self._everything()
        return super().dict()

    def copy(self):
        self._everything()
        return super().copy()

    def urlencode(self, safe=None):
        self._everything()
        return super().urlencode(safe)

    def __iter__(self):
        self._everything()
        return super().__iter__()

    def __len__(self):
        self._everything()
        return super().__len__()


class WatchQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        watched = WatchedQuery(request.META.get("QUERY_STRING", ""), mutable=True)
        watched._mutable = False
        WatchedQuery.read = set()
        request.GET = watched
        return self.get_response(request)


def test_every_public_page_reads_only_the_parameters_it_lists(client, park, settings):
    settings.MIDDLEWARE = [
        "portal.tests.test_page_cache.WatchQueryMiddleware" if name.endswith("RejectNullCharactersMiddleware") else name
        for name in settings.MIDDLEWARE
    ]
    phase = Phase.objects.first()
    Category.objects.create(name_vi="Tin hoạt động", name_en="Park news")
    urls = [
        reverse("portal:home"),
        reverse("portal:park"),
        phase.get_absolute_url(),
        phase.get_plan_url(),
        Plot.objects.first().get_absolute_url(),
        reverse("parks:finder"),
        reverse("parks:sectors"),
        reverse("parks:incentives"),
        reverse("parks:infrastructure"),
        reverse("projects:list"),
        reverse("projects:targets"),
        reverse("projects:export_csv"),
        reverse("projects:export_json"),
        reverse("news:list"),
        Category.objects.first().get_absolute_url(),
        reverse("news:documents"),
        reverse("search:search"),
        reverse("pages:contact"),
        Page.objects.first().get_absolute_url(),
        reverse("parks:compare") + "?plot=P2-0-0",
        reverse("parks:plot_pdf", kwargs={"code": "P2-0-0"}),
        reverse("portal:fact_sheet"),
        reverse("opendata:page"),
        reverse("parks:checker"),
        reverse("changelog:list"),
        reverse("changelog:feed"),
        reverse("alerts:subscribe"),
    ]
    for url in urls:
        response = client.get(url, {"q": "x", "page": "1", "status": "available", "zz": "1", "kind": "park"})
        assert response.status_code in (200, 400), url
        request = response.wsgi_request
        listed = set(page_cache.query_params(request))
        assert WatchedQuery.read <= listed, (url, WatchedQuery.read - listed)
