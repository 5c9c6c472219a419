"""Compressed answers (portal/compression.py, and the bodies the page cache stores): each encoding decodes to the
very page sent as it is; what the client refuses is not sent; pages with a CSRF token, the admin, PDFs and small
answers are sent as they are."""

import gzip

import brotli
import pytest
from django.core.cache import cache
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation

from portal.page_cache import page_key

ACCEPTS = {"br": "br", "gzip": "gzip", "refused": "gzip;q=0, br;q=0", "none": None}
DECODE = {"br": brotli.decompress, "gzip": gzip.decompress}


@pytest.fixture(params=["page cache off", "page cache on"])
def page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = 300 if request.param == "page cache on" else 0
    cache.clear()
    yield request.param == "page cache on"
    cache.clear()


def get(client, url, accept):
    headers = {"accept-encoding": ACCEPTS[accept]} if ACCEPTS[accept] else {}
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    assert int(response["Content-Length"]) == len(response.content), (url, accept)
    return response


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}


def uncompressed(client, url, settings):
    """The answer as the site gives it without the compression middleware (nor the page cache, which compresses
    what it stores)."""
    middleware = [name for name in settings.MIDDLEWARE if name != "portal.compression.CompressionMiddleware"]
    # A client of its own: a client keeps the middleware it first answered with.
    without = Client()
    without.cookies = client.cookies
    with override_settings(MIDDLEWARE=middleware, PAGE_CACHE_SECONDS=0):
        response = without.get(url)
    assert "Content-Encoding" not in response
    return response


def test_a_page_is_sent_in_the_encoding_the_client_accepts(client, park, page_cache, settings):
    with translation.override("en"):
        url = reverse("portal:park")
    plain = uncompressed(client, url, settings)
    # Every encoding after every other: a page the cache stored is sent in each of them, from the same entry.
    for accept in ["br", "gzip", "refused", "none", "gzip", "br", "none"]:
        response = get(client, url, accept)
        if page_cache:
            assert response["X-Page-Cache"] in ("miss", "hit")
        encoding = accept if accept in DECODE else None
        assert response.get("Content-Encoding") == encoding, accept
        body = DECODE[encoding](response.content) if encoding else response.content
        assert body == plain.content, accept
        assert vary(response) == vary(plain) | {"accept-encoding"}, accept
        if page_cache and encoding and response["X-Page-Cache"] == "hit":
            # Sent as stored: the bodies made once, when the page was stored.
            _version, _response, bodies, _expires = cache.get(page_key(response.wsgi_request))
            assert response.content == bodies[encoding]
    if page_cache:
        assert response["X-Page-Cache"] == "hit"


def test_vary_keeps_the_language_and_the_cookie(client, park, page_cache, settings):
    """The address without a language (Accept-Language) and a page read with a session (Cookie) say so still."""
    with translation.override("en"):
        url = reverse("news:list")
    root = client.get("/", headers={"accept-encoding": "br", "accept-language": "en"})
    assert root.status_code == 302 and "accept-language" in vary(root)
    response = client.get(url, headers={"accept-encoding": "br"})
    assert response["Content-Encoding"] == "br"
    session = client.session
    session["alert_sent_to"] = "kim@example.kr"
    session.save()
    with translation.override("en"):
        sent = reverse("alerts:sent")
    plain = uncompressed(client, sent, settings)
    assert "cookie" in vary(plain)
    response = get(client, sent, "br")
    assert vary(plain) <= vary(response)
    assert b"kim@example.kr" in DECODE[response["Content-Encoding"]](response.content)


def test_a_page_with_a_csrf_token_is_never_compressed(client, park, page_cache):
    with translation.override("en"):
        url = reverse("inquiries:inquiry")
    for accept in ["br", "gzip"]:
        response = get(client, url, accept)
        assert "Content-Encoding" not in response
        assert b'name="csrfmiddlewaretoken"' in response.content
        assert "X-Page-Cache" not in response


def test_the_admin_is_never_compressed(client, park, page_cache, admin_user):
    with translation.override("en"):
        login, index = reverse("admin:login"), reverse("admin:index")
    response = get(client, login, "br")
    assert "Content-Encoding" not in response and b"csrfmiddlewaretoken" in response.content
    client.force_login(admin_user)
    for url in (index, reverse("admin:parks_plot_changelist")):
        response = get(client, url, "br")
        assert "Content-Encoding" not in response, url
        assert len(response.content) > 1024, url


def test_open_data_is_compressed(client, park, page_cache):
    for url in (reverse("api:plots_geojson"), reverse("api:zones_geojson"), reverse("catalogue")):
        plain = get(client, url, "none")
        assert "Content-Encoding" not in plain and len(plain.content) > 1024, url
        for accept in ["br", "gzip"]:
            response = get(client, url, accept)
            assert response["Content-Encoding"] == accept, url
            assert DECODE[accept](response.content) == plain.content, url
            assert "accept-encoding" in vary(response), url


def test_pdfs_and_small_answers_are_sent_as_they_are(client, park, page_cache):
    with translation.override("en"):
        pdf = reverse("portal:fact_sheet")
    response = get(client, pdf, "br")
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    assert "Content-Encoding" not in response and "accept-encoding" not in vary(response)
    robots = get(client, reverse("robots"), "br")
    assert len(robots.content) < 1024 and robots.content.startswith(b"User-agent")
    assert "Content-Encoding" not in robots and "accept-encoding" not in vary(robots)
