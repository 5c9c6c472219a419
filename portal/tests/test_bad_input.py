"""Addresses and queries nobody should send: never a 500, and 404s that look like the site."""

from urllib.parse import quote

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation

from core.testing import parse
from pages.models import Page
from parks.models import Incentive, Phase, Plot, Sector

LANGUAGES = [code for code, _name in settings.LANGUAGES]

LIST_PAGES = [
    "portal:home",
    "portal:park",
    "parks:infrastructure",
    "parks:sectors",
    "parks:incentives",
    "parks:finder",
    "pages:contact",
    "search:search",
]


STAFF_NAMESPACES = {"admin", "translations"}


def parameterless_names(resolver=None, namespace=""):
    """Every named public URL that takes no argument: the list pages, feeds, exports and services."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if getattr(entry.pattern, "converters", {}) or getattr(getattr(entry.pattern, "regex", None), "groups", 0):
            continue
        if isinstance(entry, URLResolver):
            if entry.namespace in STAFF_NAMESPACES:
                continue
            yield from parameterless_names(entry, f"{namespace}{entry.namespace}:" if entry.namespace else namespace)
        elif entry.name:
            yield namespace + entry.name


def every_list_url():
    urls = []
    for language in LANGUAGES:
        with translation.override(language):
            urls += [reverse(name) for name in parameterless_names()]
    return sorted(set(urls))


def detail_urls(language):
    with translation.override(language):
        return [
            Phase.objects.first().get_absolute_url(),
            Plot.objects.first().get_absolute_url(),
            Sector.objects.first().get_absolute_url(),
            Incentive.objects.first().get_absolute_url(),
            Page.objects.first().get_absolute_url(),
        ]


def list_urls(language):
    with translation.override(language):
        return [reverse(name) for name in LIST_PAGES]


def assert_site_404(response, language):
    assert response.status_code == 404
    document = parse(response.content)
    assert document.find("html").attrs["lang"] == language
    assert document.find("header", class_="site-header") is not None
    assert document.find("nav", class_="lang-switch") is not None
    assert document.find("footer") is not None
    assert document.find("main") is not None
    assert document.find("meta", name="robots", content="noindex") is not None


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "park/phases/khong-co-giai-doan-nay/",
        "sectors/khong-co-nganh-nay/",
        "incentives/khong-co-uu-dai-nay/",
        "pages/khong-co-trang-nay/",
        "park/plots/ZZ-99/",
        "park/plots/p0-0-0/",  # codes are exact: the lower-case form is not the plot
        "khong-co-duong-dan-nay/",
    ],
)
def test_unknown_address_is_a_404_with_the_site_layout(client, park, language, path):
    response = client.get(f"/{language}/{path}")
    assert_site_404(response, language)


@pytest.mark.django_db
def test_404_page_is_in_the_requested_language(client, park):
    english = client.get("/en/sectors/khong-co-nganh-nay/")
    assert "Page not found" in english.content.decode()
    vietnamese = client.get("/vi/sectors/khong-co-nganh-nay/")
    assert parse(vietnamese.content).find("html").attrs["lang"] == "vi"


@pytest.mark.django_db
def test_404_when_the_park_is_not_set_up(client, empty_site):
    # An empty database (before load_demo) gives 404s with the layout, not 500s.
    for language in LANGUAGES:
        with translation.override(language):
            url = reverse("portal:park")
        assert_site_404(client.get(url), language)


GARBAGE_QUERIES = [
    "?page=abc&x=%00&sort=zzz",
    "?page=-1&page=0&page=999999999999999999999999",
    "?sort=" + "z" * 5000,
    "?q=" + quote("Đầu tư " * 800),
    "?" + "&".join(f"k{i}=v" for i in range(500)),
    "?%ff%fe=%c0%af&lang=fr&language=xx",
    "?next=//evil.example/&redirect=javascript:alert(1)",
    # NUL in every filter name the list pages read: PostgreSQL refuses NUL in a string parameter.
    "?q=a%00b&sector=%00&phase=1%00&status=%00&country=%00&sort=%00&min_area=1%00&page=%00&lang=%00&category=%00",
    "?q=%E1%BA&sector=%ff&phase=-1&status=leased&min_area=1e309&max_area=-0&page=1.5&lang=vi-VN",
]


def test_the_list_pages_are_found():
    names = set(parameterless_names())
    assert set(LIST_PAGES) | {"sitemap", "robots", "health"} <= names
    assert not [name for name in names if name.startswith("admin:")]
    assert {"/vi/park/", "/en/park/", "/robots.txt"} <= set(every_list_url())


@pytest.fixture(scope="module")
def plain_statuses():
    """{url: status without a query}, fetched once for the module (its park is the same for every test)."""
    return {}


@pytest.mark.django_db
@pytest.mark.parametrize("query", GARBAGE_QUERIES)
def test_garbage_query_strings_never_give_a_500(client, park, query, plain_statuses):
    """Every page without an argument (found from the URLconf, so new list pages are covered) and the details."""
    urls = every_list_url() + [url for language in LANGUAGES for url in detail_urls(language)]
    for url in urls:
        if url not in plain_statuses:
            plain_statuses[url] = client.get(url).status_code
        plain = plain_statuses[url]
        response = client.get(url + query)
        assert response.status_code < 500, (url, query, response.status_code)
        if plain == 200:
            assert response.status_code == 200 or 400 <= response.status_code < 500, (url, query)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_post_to_a_public_page_is_405(client, park, language):
    for url in list_urls(language) + detail_urls(language):
        response = client.post(url, {"name": "x"})
        assert response.status_code == 405, url
        assert "GET" in response.headers["Allow"], url


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_unsafe_methods_on_service_urls_are_405(client, park, method):
    for url in ["/robots.txt", "/health/"]:
        response = getattr(client, method)(url)
        assert response.status_code == 405, (url, method)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/en/park/phases/<script>/",
        "/en/park/phases/<script>alert(1)<%2Fscript>/",
        "/vi/sectors/%3Cscript%3E/",
        "/en/park/plots/<script>alert(1)/",
        "/en/pages/..%2F..%2Fetc%2Fpasswd/",
    ],
)
def test_markup_in_the_address_is_a_404_and_not_echoed(client, park, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<script>alert" not in response.content.decode()
    assert parse(response.content).find("header", class_="site-header") is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/en/park/plots/%00/", "/vi/sectors/a%00b/", "/en/park/?q=%00", "/vi/?x=1&y=%00", "/robots.txt?%00=1"],
)
def test_a_null_byte_in_the_address_is_a_400_on_every_database(client, park, url):
    # PostgreSQL refuses NUL in text; such a request never gets as far as a query.
    response = client.get(url)
    assert response.status_code == 400
    assert response.context["reason"]  # the page says why, in the visitor's language


@pytest.mark.django_db
def test_unknown_language_prefix_is_a_404(client, park):
    response = client.get("/fr/park/")
    assert response.status_code == 404
