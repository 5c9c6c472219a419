"""The render cache (core/render_cache.py, `{% cached_block %}`): on the demo, in every language, a page made from
stored parts is the page made without them, with fewer queries; a change shows on the next request; nothing that
belongs to one visitor is stored; the cache away or on the real Redis changes nothing a visitor sees."""

import io
import re

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone, translation

import projects.forms
from alerts.models import Subscription
from alerts.services import unsubscribe_token
from core import render_cache
from core.content import bump_content_version
from core.testing import real_redis_cache
from inquiries.models import Inquiry
from news.models import Category, Post
from news.tests.conftest import make_post
from pages.models import Page
from parks.models import Incentive, Park, Phase, Plot, Sector
from portal.views import ParkView
from projects.forms import filter_choices
from projects.models import Project

LANGUAGES = ["vi", "en"]
PARTS = [("header", True), ("main", False), ("footer", True)]
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def _demo(module_data, demo_media):
    def build():
        with override_settings(MEDIA_ROOT=demo_media):
            call_command("load_demo", stdout=io.StringIO())
        return {language: public_pages(language) for language in LANGUAGES}

    return module_data.build(build)


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    """The demo's files, for every test of the module (the pages link its photos and documents)."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def demo(_demo, db):
    return Park.objects.get()


@pytest.fixture
def pages(_demo, db):
    """{language: {kind: url}} of the demo's public pages."""
    return _demo


@pytest.fixture
def render_cache_on(settings):
    """The render cache on, the page cache off (so that what is measured is the render cache), and nothing stored."""
    settings.RENDER_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    render_cache._DERIVED.clear()
    yield
    cache.clear()
    render_cache._DERIVED.clear()


def public_pages(language):
    """{kind: url} of every kind of public page, in `language`."""
    with translation.override(language):
        phase = Phase.objects.get(name_en="Phase II")
        plot = Plot.objects.filter(zone__phase=phase).order_by("code").first()
        project = Project.objects.exclude(sector=None).order_by("pk").first()
        query = "nhà máy" if language == "vi" else "factory"
        pages = {
            "home": reverse("portal:home"),
            "park": reverse("portal:park"),
            "phase": phase.get_absolute_url(),
            "plot": plot.get_absolute_url(),
            "plan": phase.get_plan_url(),
            "finder": reverse("parks:finder"),
            "finder-filtered": reverse("parks:finder") + f"?status=available&phase={phase.pk}&sort=-area",
            "infrastructure": reverse("parks:infrastructure"),
            "sectors": reverse("parks:sectors"),
            "sector": Sector.objects.order_by("order").first().get_absolute_url(),
            "incentives": reverse("parks:incentives"),
            "incentive": Incentive.objects.order_by("pk").first().get_absolute_url(),
            "news": reverse("news:list"),
            "news-category": Category.objects.order_by("pk").first().get_absolute_url(),
            "news-post": Post.objects.published().order_by("pk").first().get_absolute_url(),
            "documents": reverse("news:documents"),
            "projects-filtered": reverse("projects:list")
            + f"?sector={project.sector.url_slug}&status={project.status}&sort=capital",
            "project": project.get_absolute_url(),
            "targets": reverse("projects:targets"),
            "search": reverse("search:search") + f"?q={query}",
            "contact": reverse("pages:contact"),
            "inquiry": reverse("inquiries:inquiry"),
            "privacy": reverse("inquiries:privacy"),
            "open-data": reverse("opendata:page"),
            "changes": reverse("changelog:list"),
        }
        for index, page in enumerate(Page.objects.order_by("pk")):
            pages[f"content-page-{index}"] = page.get_absolute_url()
    return pages


KINDS = [
    "home",
    "park",
    "phase",
    "plot",
    "plan",
    "finder",
    "finder-filtered",
    "infrastructure",
    "sectors",
    "sector",
    "incentives",
    "incentive",
    "news",
    "news-category",
    "news-post",
    "documents",
    "projects-filtered",
    "project",
    "targets",
    "search",
    "contact",
    "inquiry",
    "privacy",
    "open-data",
    "changes",
    "content-page-0",
    "content-page-1",
    "content-page-2",
]

# Pinned: the queries of a page made from its stored parts, those its view makes before the template (the object
# of a detail page, the park, the forms' choices) and those of the page's <head>. A part that starts reading the
# database again on a hit fails here.
HIT_QUERIES = {
    "home": 1,  # the park
    "park": 1,  # the park
    "phase": 1,
    "plot": 1,
    "plan": 1,  # the phase
    "finder": 0,
    "finder-filtered": 1,  # the phase the filter names
    "infrastructure": 1,
    "sectors": 0,
    "sector": 1,
    "incentives": 0,
    "incentive": 1,
    "news": 0,  # the featured post and the number of posts (the pagination) are kept per version
    "news-category": 1,  # the category; the number of its posts is kept per version
    "news-post": 1,
    "documents": 0,
    "projects-filtered": 1,  # the number of projects (the pagination); the filter's choices are kept per version
    "project": 1,
    "targets": 0,
    "search": 0,
    "contact": 1,  # the park
    "inquiry": 3,  # the content and footer, made anew
    "privacy": 1,
    "open-data": 1,
    "changes": 1,
    "content-page-0": 2,  # the page and its sections
    "content-page-1": 2,
    "content-page-2": 2,
}

# The inquiry form carries the visitor's CSRF token: its content part (and the footer, made after the token) is
# made anew for every request.
STORED_PARTS = {"inquiry": {"header"}}


# A cache server that is not there: the real Redis client, connecting to a port where nothing listens.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def masked(html):
    return CSRF_FIELD.sub('name="csrfmiddlewaretoken" value="(token)"', html)


def fetch(client, url, status=200):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status, url
    return response, len(queries)


def main_of(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def stored_parts_of(response, language):
    """The names of the parts stored in the cache for this response's address."""
    request = response.wsgi_request
    with translation.override(language):
        keys = {name: render_cache.part_key(name, request, per_path) for name, per_path in PARTS}
    return {name for name, key in keys.items() if cache.get(key) is not None}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_page_made_from_stored_parts_is_the_page_made_without_them(
    client, pages, render_cache_on, settings, kind, language
):
    """Without the cache, on the request that stores the parts, on the request made from them, and with the cache
    away: the same page (CSRF tokens aside), and the request made from stored parts reads less."""
    url = pages[language][kind]
    settings.RENDER_CACHE_SECONDS = 0
    off, off_queries = fetch(client, url)
    settings.RENDER_CACHE_SECONDS = 300
    first, first_queries = fetch(client, url)
    assert stored_parts_of(first, language) == STORED_PARTS.get(kind, {"header", "main", "footer"})
    hit, hit_queries = fetch(client, url)
    assert masked(off.content.decode()) == masked(first.content.decode()) == masked(hit.content.decode())
    # Storing costs one query: when public content next changes by itself (a scheduled post), once per request.
    assert first_queries == off_queries + 1
    assert hit_queries < off_queries
    assert hit_queries == HIT_QUERIES[kind]
    # The cache away: the page is made whole, the same.
    with override_settings(CACHES=UNREACHABLE_REDIS):
        assert type(caches["default"]).__name__ == "ResilientRedisCache"
        away, _queries = fetch(client, url)
    assert masked(away.content.decode()) == masked(off.content.decode())


def test_an_edit_shows_on_the_very_next_request(client, demo, render_cache_on, django_capture_on_commit_callbacks):
    with translation.override("en"):
        urls = [reverse("portal:home"), reverse("portal:park")]
    old = demo.tagline_en
    for url in urls:
        fetch(client, url)
        assert old in main_of(fetch(client, url)[0]), url
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        demo.tagline_en = "Land ready for your factory"
        demo.save()
    assert callbacks
    for url in urls:
        main = main_of(fetch(client, url)[0])
        assert "Land ready for your factory" in main and old not in main, url


def test_stored_parts_are_what_a_page_is_made_of_until_the_version_moves(client, demo, render_cache_on):
    """The same change without the version moving (an update that announces nothing) is not seen while the parts
    are stored: the page really comes from them."""
    with translation.override("en"):
        url = reverse("portal:park")
    before = main_of(fetch(client, url)[0])
    Park.objects.filter(pk=demo.pk).update(tagline_en="Land ready for your factory")
    assert main_of(fetch(client, url)[0]) == before
    bump_content_version()
    assert "Land ready for your factory" in main_of(fetch(client, url)[0])


def test_a_change_committed_while_a_page_is_made_is_not_kept_for_later(
    client, demo, render_cache_on, monkeypatch, django_capture_on_commit_callbacks
):
    """A request that read the park before a change committed makes its parts from the old data: they are kept for
    the version it started with, never for the one after the change."""
    with translation.override("en"):
        url = reverse("portal:park")
    original = ParkView.get_context_data

    def change_meanwhile(view, **kwargs):
        context = original(view, **kwargs)
        with django_capture_on_commit_callbacks(execute=True):
            park = Park.objects.get()
            park.tagline_en = "Land ready for your factory"
            park.save()
        return context

    monkeypatch.setattr(ParkView, "get_context_data", change_meanwhile)
    assert "Land ready for your factory" not in main_of(fetch(client, url)[0])
    monkeypatch.undo()
    assert "Land ready for your factory" in main_of(fetch(client, url)[0])


def test_the_header_and_footer_follow_the_menu_and_the_contacts(
    client, demo, render_cache_on, django_capture_on_commit_callbacks
):
    with translation.override("en"):
        urls = [reverse("portal:park"), reverse("news:list")]
    for url in urls:
        response, _queries = fetch(client, url)
        assert stored_parts_of(response, "en") == {"header", "main", "footer"}
        assert "Careers at the park" not in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.create(title_vi="Tuyển dụng", title_en="Careers at the park", show_in_menu=True)
        demo.phone = "+84 209 3 999 999"
        demo.save()
    for url in urls:
        html = fetch(client, url)[0].content.decode()
        header = html[html.index('<header class="site-header">') : html.index("</header>")]
        footer = html[html.index('<footer class="site-footer">') : html.index("</footer>")]
        assert "Careers at the park" in header, url
        assert "+84 209 3 999 999" in footer, url


def test_the_inquiry_form_is_made_for_each_visitor(demo, render_cache_on):
    """The form's CSRF token is the visitor's own: it is never stored, and each visitor's form can be sent."""
    with translation.override("en"):
        url = reverse("inquiries:inquiry")
    tokens = []
    for _visitor in range(2):
        visitor = Client(enforce_csrf_checks=True)
        for _request in range(2):
            response, _queries = fetch(visitor, url)
            token = CSRF_FIELD.search(response.content.decode()).group(1)
            tokens.append(token)
            # The form sent back with the token it came with passes the CSRF check (and fails as an empty form).
            assert visitor.post(url, {"csrfmiddlewaretoken": token}).status_code == 400
    assert len(set(tokens)) == 4
    # Everything the cache holds (LocMemCache keeps each value pickled): parts, and not one token.
    stored = list(cache._cache.values())
    assert stored and not any(b"csrfmiddlewaretoken" in pickled for pickled in stored)


def test_a_page_sent_in_answer_to_a_form_is_never_stored(client, demo, render_cache_on):
    """The answer to a POST (here the page for a spam robot) is not the page at that address."""
    with translation.override("en"):
        url = reverse("inquiries:inquiry")
    response = client.post(url, {"website": "http://spam.example"})
    assert response.status_code == 400 and "Inquiry not sent" in response.content.decode()
    page, _queries = fetch(Client(), url)
    assert "csrfmiddlewaretoken" in main_of(page) and "Inquiry not sent" not in page.content.decode()


def test_a_visitors_own_confirmation_is_never_stored(demo, render_cache_on):
    """The page after sending an inquiry or asking for alerts shows that visitor's reference and address."""
    with translation.override("en"):
        sent_url, alerts_sent_url = reverse("inquiries:sent"), reverse("alerts:sent")
    for company, email in (("Kanto", "sato@example.jp"), ("Busan", "kim@example.kr")):
        inquiry = Inquiry.objects.create(
            company=company,
            contact_name="Contact",
            email=email,
            phone="+81 3 1234 5678",
            country="Japan",
            timeline=Inquiry.Timeline.SIX_MONTHS,
            message="Hello",
        )
        visitor = Client()
        session = visitor.session
        session["inquiry_sent"] = inquiry.pk
        session["alert_sent_to"] = email
        session.save()
        for url in (sent_url, alerts_sent_url):
            html = fetch(visitor, url)[0].content.decode()
            assert email in html and "sato@example.jp" not in html.replace(email, ""), url


def test_the_pages_of_a_subscription_follow_it(client, demo, render_cache_on):
    """The page of an unsubscribe link shows the subscription as it is now, not as it was a moment ago."""
    subscription = Subscription.objects.create(email="kim@example.kr", language="en", consented_at=timezone.now())
    with translation.override("en"):
        url = reverse("alerts:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    for _request in range(2):
        assert "Stop the alerts" in main_of(fetch(client, url)[0])
    assert "Plot alerts stopped" in client.post(url).content.decode()
    main = main_of(fetch(client, url)[0])
    assert "No plot alert here" in main and "Stop the alerts" not in main


def test_a_staff_preview_is_never_stored(client, demo, render_cache_on, admin_user):
    draft = Post.objects.get(status=Post.Status.DRAFT)
    with translation.override("en"):
        url = reverse("news:preview", kwargs={"pk": draft.pk})
    client.force_login(admin_user)
    first, _queries = fetch(client, url)
    assert draft.title_en in first.content.decode()
    assert stored_parts_of(first, "en") == set()
    Post.objects.filter(pk=draft.pk).update(title_en="A title changed since")
    assert "A title changed since" in main_of(fetch(client, url)[0])


def test_a_logged_in_visitor_gets_the_stored_parts_too(client, pages, render_cache_on, admin_user):
    """Logging in reads nothing of the session before the page is made: staff see the same stored parts."""
    client.force_login(admin_user)
    url = pages["en"]["park"]
    first, first_queries = fetch(client, url)
    assert stored_parts_of(first, "en") == {"header", "main", "footer"}
    hit, hit_queries = fetch(client, url)
    assert hit.content == first.content and hit_queries < first_queries


def test_the_projects_filter_works_its_choices_out_once_per_version(
    client, demo, render_cache_on, settings, monkeypatch
):
    """per_version: the choices of the projects' filter are worked out on the first request of a content version,
    again once the version moves, and on every request with the cache off."""
    worked_out = []

    def choices():
        worked_out.append(1)
        return filter_choices()

    monkeypatch.setattr(projects.forms, "filter_choices", choices)
    with translation.override("en"):
        operating = reverse("projects:list") + "?status=operating"
        registered = reverse("projects:list") + "?status=registered"
    for url in (operating, operating, registered):
        fetch(client, url)
    assert len(worked_out) == 1
    bump_content_version()
    fetch(client, registered)
    fetch(client, operating)
    assert len(worked_out) == 2
    settings.RENDER_CACHE_SECONDS = 0
    fetch(client, registered)
    fetch(client, registered)
    assert len(worked_out) == 4


def test_different_queries_at_one_address_get_their_own_parts(client, demo, render_cache_on, settings):
    """A shortlist is its query string, in its order; the language switcher keeps it."""
    codes = list(Plot.objects.order_by("code").values_list("code", flat=True)[:2])
    with translation.override("en"):
        compare = reverse("parks:compare")
    a, b = (f"plot={code}" for code in codes)
    urls = [f"{compare}?{a}", f"{compare}?{b}", f"{compare}?{a}&{b}", f"{compare}?{b}&{a}"]
    made = []
    for url in urls + urls:
        made.append(fetch(client, url)[0].content.decode())
    settings.RENDER_CACHE_SECONDS = 0
    for index, url in enumerate(urls):
        expected = fetch(client, url)[0].content.decode()
        assert made[index] == expected and made[index + len(urls)] == expected, url


@pytest.fixture
def real_redis(settings):
    """The cache on the real Redis (db 14), under a prefix of this process's own, emptied afterwards."""
    settings.RENDER_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 0
    render_cache._DERIVED.clear()
    with real_redis_cache(
        settings, "django.core.cache.backends.redis.RedisCache", "redis://127.0.0.1:6379/14", "render-cache-test"
    ) as backend:
        yield backend
    render_cache._DERIVED.clear()


def count_calls(monkeypatch, backend):
    calls = []
    for name in ("get", "get_many", "set", "set_many", "add", "incr", "delete", "has_key"):
        method = getattr(backend, name)

        def counted(*args, _name=name, _method=method, **kwargs):
            calls.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(backend, name, counted)
    return calls


@pytest.mark.parametrize("kind", ["home", "plot", "finder-filtered", "news-post", "inquiry"])
def test_on_redis_a_hit_is_one_round_trip(client, pages, real_redis, settings, monkeypatch, kind):
    url = pages["en"][kind]
    settings.RENDER_CACHE_SECONDS = 0
    off, _queries = fetch(client, url)
    settings.RENDER_CACHE_SECONDS = 300
    first, first_queries = fetch(client, url)
    calls = count_calls(monkeypatch, real_redis)
    hit, hit_queries = fetch(client, url)
    assert masked(off.content.decode()) == masked(first.content.decode()) == masked(hit.content.decode())
    assert hit_queries < first_queries
    # The version and every part of the page in one read; the inquiry form's content and footer are made and not
    # stored.
    assert calls == ["get_many"], calls


def test_the_news_list_finds_its_featured_post_and_counts_its_posts_once_per_version(
    client, demo, render_cache_on, django_capture_on_commit_callbacks
):
    """Both change with content only: kept per version, they follow a new post on the very next request."""
    with translation.override("en"):
        news = reverse("news:list")
        category = Category.objects.order_by("order").first()
        in_category = category.get_absolute_url()
    before = {url: fetch(client, url)[0].context for url in (news, in_category)}
    assert fetch(client, news)[1] == 0 and fetch(client, in_category)[1] == 1
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(category, "Khởi công nhà máy mới", title_en="A new factory breaks ground", featured=True)
    after = {url: fetch(client, url)[0].context for url in (news, in_category)}
    for url in (news, in_category):
        assert after[url]["paginator"].count == before[url]["paginator"].count + 1, url
    assert before[news]["featured"] != post and after[news]["featured"] == post
    assert "A new factory breaks ground" in main_of(fetch(client, news)[0])
