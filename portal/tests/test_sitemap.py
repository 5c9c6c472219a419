"""The sitemap, robots.txt and the health check, as crawlers and load balancers read them."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.i18n import has_text
from pages.models import Page
from parks.models import Incentive, Phase, Plot, Sector

LANGUAGES = [code for code, _name in settings.LANGUAGES]
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"


def read_sitemap(client):
    """{loc: {hreflang: href}} for every <url> in /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in entries, f"{loc} is listed twice"
        alternates = {}
        for link in url.findall("xhtml:link", NS):
            assert link.get("rel") == "alternate"
            assert link.get("hreflang") not in alternates
            alternates[link.get("hreflang")] = link.get("href")
        entries[loc] = alternates
    return entries


def sitemap_objects():
    return [
        *Phase.objects.all(),
        *Sector.objects.all(),
        *Incentive.objects.all(),
        *Page.objects.all(),
        *Plot.objects.all(),
    ]


def absolute_in(language, obj):
    with translation.override(language):
        return HOST + obj.get_absolute_url()


@pytest.mark.django_db
def test_sitemap_lists_every_object_in_every_language_with_alternates(client, park):
    entries = read_sitemap(client)
    objects = sitemap_objects()
    assert {type(obj) for obj in objects} == {Phase, Sector, Incentive, Page, Plot}
    for obj in objects:
        # Every language the object has its own text in (a plot has no text of its own: every language).
        title_field = getattr(obj, "translation_title_field", None)
        own = [code for code in LANGUAGES if title_field is None or has_text(obj, title_field, code)]
        assert "vi" in own and len(own) >= 2, obj
        urls = {code: absolute_in(code, obj) for code in own}
        assert len(set(urls.values())) == len(own), obj
        for code, url in urls.items():
            assert url in entries, f"{obj!r} is missing in {code}: {url}"
            alternates = entries[url]
            assert set(alternates) == {*own, "x-default"}, url
            for other, other_url in urls.items():
                assert alternates[other] == other_url, (url, other)
        for code in set(LANGUAGES) - set(own):
            assert absolute_in(code, obj) not in entries, (obj, code)


@pytest.mark.django_db
def test_sitemap_lists_the_static_pages_in_every_language(client, park):
    entries = read_sitemap(client)
    for name in ["portal:home", "portal:park", "parks:infrastructure", "parks:sectors", "parks:incentives"]:
        for code in LANGUAGES:
            with translation.override(code):
                url = HOST + reverse(name)
            assert url in entries, url
            assert set(entries[url]) == {*LANGUAGES, "x-default"}


@pytest.mark.django_db
def test_every_sitemap_address_answers_200(client, park):
    entries = read_sitemap(client)
    for loc in entries:
        response = client.get(urlsplit(loc).path)
        assert response.status_code == 200, loc


@pytest.mark.django_db
def test_sitemap_x_default_leads_to_the_page(client, park):
    phase = Phase.objects.get(name_vi="Giai đoạn II")
    entries = read_sitemap(client)
    x_default = entries[absolute_in("vi", phase)]["x-default"]
    response = client.get(urlsplit(x_default).path, headers={"accept-language": "en"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == urlsplit(absolute_in("en", phase)).path


@pytest.mark.django_db
def test_sitemap_follows_new_objects(client, park):
    sector = Sector.objects.create(name_vi="Dệt may", name_en="Textiles")
    entries = read_sitemap(client)
    assert f"{HOST}/vi/sectors/det-may/" in entries
    assert entries[f"{HOST}/vi/sectors/det-may/"]["en"] == f"{HOST}/en/sectors/textiles/"
    sector.delete()
    assert f"{HOST}/vi/sectors/det-may/" not in read_sitemap(client)


@pytest.mark.django_db
def test_sitemap_leaves_out_a_language_the_object_has_no_text_in(client, park):
    sector = Sector.objects.create(name_vi="Vật liệu xây dựng")
    entries = read_sitemap(client)
    vi_url = absolute_in("vi", sector)
    assert vi_url in entries
    # The page itself leaves out hreflang="en" (base.html); the sitemap should agree.
    assert "en" not in entries[vi_url]
    assert absolute_in("en", sector) not in entries


@pytest.mark.django_db
def test_robots_txt(client, park):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    assert client.get(f"{HOST}/sitemap.xml").status_code == 200


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_out_of_the_admin_in_every_language(client, park):
    rules = RobotFileParser()
    rules.parse(client.get("/robots.txt").content.decode().splitlines())
    for code in LANGUAGES:
        with translation.override(code):
            admin_url = HOST + reverse("admin:index")
            public_url = HOST + reverse("portal:park")
        assert not rules.can_fetch("Googlebot", admin_url), admin_url
        assert rules.can_fetch("Googlebot", public_url), public_url


@pytest.mark.django_db
def test_health_answers_json(client, park):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "failing": [], "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_health_answers_on_an_empty_database(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
