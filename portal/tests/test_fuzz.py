"""Fuzzing every address of the site: no input, however malformed, gets a 500.

Bounded in count (a fixed list of bad values, each URL pattern tried with a
few of them, chosen by the pattern's position so that the run is the same
every time), it covers:
- every URL pattern (public, open data, admin, translators' pages), with malformed path segments;
- every query parameter the views read, with bad values;
- odd methods and oversized bodies;
- every public form (the inquiry form) with forged and garbage POSTs;
- the admin as a translator, with forged POSTs to every change page.
"""

import re
from itertools import cycle
from urllib.parse import quote, urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from core.roles import TRANSLATOR
from news.models import Category, Document, Post
from projects.models import Investor
from projects.tests.builders import make_project
from translations.status import translated_models

# Path segments as an attacker or a broken link would write them (already URL-encoded where they must be).
BAD_SEGMENTS = [
    "0",
    "-1",
    "9" * 30,
    "x" * 300,
    "%00",
    "..%2F..%2Fetc%2Fpasswd",
    "%C3%28",  # not UTF-8
    quote("<script>alert(1)</script>"),
    quote("' OR '1'='1"),
    quote("đường-số-1"),
    "%E2%80%AE",
    "NaN",
    "1e9999",
    "%20",
]
BAD_VALUES = [
    "",
    "-1",
    "0",
    "9" * 40,
    "x" * 5000,
    "\x00",
    "<svg onload=alert(1)>",
    "1' OR '1'='1",
    "đ",
    "NaN",
    "1e9999",
    "[]",
    "{}",
    "%",
    "../../",
    "\u202e",
]
# Each page and the query parameters its view reads.
QUERY_PARAMETERS = {
    "/vi/park/plots/": ["min_area", "max_area", "phase", "status", "sector", "sort"],
    "/en/projects/": ["sector", "phase", "status", "country", "sort", "page"],
    "/vi/projects/export.csv": ["sector", "sort"],
    "/en/projects/export.json": ["country", "status"],
    "/vi/news/": ["page"],
    "/en/documents/": ["page"],
    "/en/search/": ["q", "page"],
    "/vi/contact/inquiry/": ["plot"],
    "/api/plots.geojson": ["lang"],
    "/api/plots.csv": ["lang"],
    "/api/key-figures.json": ["lang"],
    "/vi/admin/translations/": ["model", "status", "language", "page"],
    "/vi/admin/translations/export/": ["model", "language", "include"],
    "/vi/admin/parks/plot/": ["o", "p", "q", "e", "translation", "status__exact", "_changelist_filters"],
    "/en/admin/news/post/": ["o", "publish_at__year", "category__id__exact", "all"],
    "/vi/admin/second-factor/": ["next"],
}
ODD_METHODS = ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO"]
PARAMETER = re.compile(r"<(?:\w+:)?\w+>")
REGEX_GROUP = re.compile(r"\((?:\?P<\w+>)?(?:[^()]|\([^()]*\))*\)")


def routes(resolver=None, prefix=""):
    """Every URL pattern as a route string with `<...>` where a value goes."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            part = pattern.language_prefix
        elif isinstance(pattern, RoutePattern):
            part = str(pattern)
        elif isinstance(pattern, RegexPattern):
            part = REGEX_GROUP.sub("<x>", pattern._regex).lstrip("^").rstrip("$").replace("\\", "")
        else:
            continue
        if isinstance(entry, URLResolver):
            yield from routes(entry, prefix + part)
        elif isinstance(entry, URLPattern):
            yield prefix + part


def concrete(route, values):
    values = iter(values)
    return "/" + PARAMETER.sub(lambda match: next(values), route)


@pytest.fixture(scope="module")
def _content(module_data):
    def build():
        category = Category.objects.create(name_vi="Tin tức", name_en="News")
        Post.objects.create(category=category, title_vi="Tin một", status=Post.Status.PUBLISHED)
        Document.objects.create(title_vi="Tài liệu", file_vi="documents/a.pdf")
        make_project(Investor.objects.create(name_vi="Công ty A"), name_vi="Dự án A")

    module_data.build(build)


@pytest.fixture
def content(park, _content):
    return park


def fetch(client, method, url, **extra):
    response = client.generic(method, url, **extra)
    assert response.status_code < 500, f"{method} {url} -> {response.status_code}"
    return response.status_code


def all_routes():
    """Every route once, in one of the languages (they alternate): malformed segments fail alike in both."""
    with translation.override("vi"):
        found = list(routes())
    return [
        route.replace("vi/", "en/", 1) if index % 2 and route.startswith("vi/") else route
        for index, route in enumerate(found)
    ]


@pytest.mark.django_db
def test_every_url_pattern_with_malformed_segments(content):
    client = Client(raise_request_exception=False)
    translator = Client(raise_request_exception=False)
    translator.force_login(_translator())
    requests = 0
    for index, route in enumerate(all_routes()):
        count = PARAMETER.findall(route)
        if not count:
            fetch(client, "GET", "/" + route)
            requests += 1
            continue
        # One bad value per pattern, in every position at once; the patterns take the values in turn.
        url = concrete(route, [BAD_SEGMENTS[index % len(BAD_SEGMENTS)]] * len(count))
        fetch(translator if "admin/" in route else client, "GET", url)
        requests += 1
    assert requests > 150  # every pattern of the site was reached


@pytest.mark.django_db
def test_every_query_parameter_with_bad_values(content):
    client = Client(raise_request_exception=False)
    translator = Client(raise_request_exception=False)
    translator.force_login(_translator())
    values = cycle(BAD_VALUES)
    for url, names in QUERY_PARAMETERS.items():
        browser = translator if "/admin/" in url else client
        for name in names:
            # Each parameter gets the next bad value in turn: over the run, every kind reaches every view.
            fetch(browser, "GET", f"{url}?{urlencode({name: next(values)})}")
        # Every parameter at once, each repeated.
        fetch(browser, "GET", url + "?" + "&".join(f"{name}=1&{name}=x" for name in names))


@pytest.mark.django_db
def test_odd_methods_and_oversized_bodies(content):
    client = Client(raise_request_exception=False)
    for url in [
        "/vi/",
        "/en/park/plots/",
        "/vi/contact/inquiry/",
        "/api/plots.geojson",
        "/vi/admin/login/",
        "/sitemap.xml",
        "/vi/news/feed/",
        "/health/",
    ]:
        for method in ODD_METHODS:
            fetch(client, method, url)
        assert fetch(client, "POST", url, data=b"x", CONTENT_LENGTH=str(64 * 1024 * 1024)) == 413
        fetch(client, "POST", url, data=b"\xff\xfe" * 1000, content_type="application/json")


@pytest.mark.django_db
def test_the_public_forms_with_garbage(content):
    client = Client(raise_request_exception=False)
    garbage = [
        {},
        {"company": BAD_VALUES, "email": ["a@b.c", "x"], "consent": "on"},
        dict(
            zip(
                [
                    "company",
                    "contact_name",
                    "email",
                    "phone",
                    "country",
                    "message",
                    "timeline",
                    "preferred_language",
                    "capital_currency",
                    "sector",
                    "plot",
                    "land_needed_m2",
                    "capital_amount",
                    "consent",
                ],
                cycle(BAD_VALUES),
                strict=False,
            )
        ),
        {"plot": "P0-0-0", "sector": "-1", "land_needed_m2": "1e9999", "capital_amount": "9" * 400, "consent": "yes"},
    ]
    for data in garbage:
        for language in ("vi", "en"):
            status = fetch(
                client,
                "POST",
                f"/{language}/contact/inquiry/",
                data=urlencode(data, doseq=True),
                content_type="application/x-www-form-urlencoded",
            )
            assert status in (400, 403, 302, 429)
    fetch(client, "POST", "/vi/contact/inquiry/", data=b"--x\r\nbroken", content_type="multipart/form-data; boundary=x")


@pytest.mark.django_db
def test_the_admin_as_a_translator_with_forged_posts(content):
    client = Client(raise_request_exception=False)
    client.force_login(_translator())
    for model in translated_models():
        obj = model._default_manager.first()
        if obj is None:
            continue
        base = f"/vi/admin/{model._meta.app_label}/{model._meta.model_name}/"
        forged = {
            field.name: value for field, value in zip(model._meta.concrete_fields, cycle(BAD_VALUES), strict=False)
        }
        forged.update(
            {
                "_save": "1",
                "action": "delete_selected",
                "_selected_action": [str(obj.pk)],
                "post": "yes",
                "index": "0",
                "select_across": "1",
            }
        )
        for url in (f"{base}{obj.pk}/change/", f"{base}{obj.pk}/delete/", base):
            status = fetch(
                client,
                "POST",
                url,
                data=urlencode(forged, doseq=True),
                content_type="application/x-www-form-urlencoded",
            )
            assert status in (200, 302, 400, 403, 404, 405), (url, status)
        assert model._default_manager.filter(pk=obj.pk).exists()
    for url, data in (
        ("/vi/admin/translations/import/", {"_apply": "1", "pending": "x" * 40}),
        ("/vi/admin/translations/import/", {"file": "not a file"}),
        ("/vi/admin/second-factor/", {"token": "1" * 400}),
        ("/vi/admin/password_reset/", {"email": "x" * 5000}),
    ):
        fetch(client, "POST", url, data=urlencode(data), content_type="application/x-www-form-urlencoded")


def _translator():
    user, _created = get_user_model().objects.get_or_create(username="fuzz-translator", defaults={"is_staff": True})
    user.groups.set([Group.objects.get(name=TRANSLATOR)])
    return user
