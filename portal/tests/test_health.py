"""Health answers for the proxy and the operator, and what a visitor gets when a part of the site is down."""

import pytest
from django.db import OperationalError, connection
from django.test.utils import override_settings
from django.urls import reverse

from portal.tests.test_page_cache import UNREACHABLE_REDIS


def database_down(execute, sql, params, many, context):
    """The database server gone away, as the driver reports it on the next query."""
    raise OperationalError("server closed the connection unexpectedly")


def test_live_answers_without_the_database(client):
    with connection.execute_wrapper(database_down):
        response = client.get("/health/live/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_answers_while_database_and_cache_answer(client):
    response = client.get("/health/ready/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "failing": [], "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_ready_names_the_database_when_it_is_down(client):
    with connection.execute_wrapper(database_down):
        response = client.get("/health/ready/")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "failing": ["database"],
        "database": "unavailable",
        "cache": "ok",
    }


@pytest.mark.django_db
def test_ready_names_the_cache_when_redis_is_away(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/health/ready/")
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]


def test_a_page_with_the_database_down_is_the_sites_own_503(client, park):
    client.raise_request_exception = False
    with connection.execute_wrapper(database_down):
        response = client.get(reverse("portal:park"))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert "Tạm ngừng phục vụ" in page and "Temporarily unavailable" in page


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["evil.example", "kcnthanhbinh.vn.evil.example", "[::1", "a b"])
def test_an_unknown_host_gets_a_plain_400(client, host):
    for path in ("/vi/", "/vi/park/", "/robots.txt", "/vi/khong-co/"):
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 400, (host, path)
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert host not in response.content.decode()


def test_every_response_carries_the_permissions_policy(client, park):
    for url in (reverse("portal:home"), "/robots.txt", "/health/live/"):
        assert "camera=()" in client.get(url)["Permissions-Policy"], url
