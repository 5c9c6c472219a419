"""The open data page, the data dictionary against what each endpoint answers, the DCAT catalogue, CORS."""

import csv
import io
import json
from datetime import date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from core.i18n import language_codes
from core.testing import parse, query_count
from opendata.catalogue import DATASETS
from opendata.models import DatasetChange
from parks.models import Plot
from parks.tests.conftest import draw_park
from projects.models import Investor, Project


@pytest.fixture
def data(park):
    draw_park()
    investor = Investor.objects.create(name="Công ty TNHH Gỗ Việt", country="VN")
    Project.objects.create(
        investor=investor,
        name_vi="Nhà máy chế biến gỗ",
        name_en="Wood processing plant",
        plot=Plot.objects.get(code="P0-0-2"),
        status=Project.Status.OPERATING,
        capital_vnd=120_000_000_000,
        land_area_m2=10_002,
        workers=200,
        local_workers=160,
        registration_date=date(2015, 3, 1),
        verified_on=date(2026, 10, 1),
    )
    return park


def every_distribution():
    return [(dataset, distribution) for dataset in DATASETS for distribution in dataset.distributions]


def url_of(distribution):
    return reverse(distribution.url_name)


def paths(value, prefix=""):
    """The dotted paths of a JSON value's leaves, lists as [] and plot statuses as <status>."""
    if isinstance(value, dict):
        found = set()
        for key, item in value.items():
            key = "<status>" if key in Plot.Status.values else key
            found |= paths(item, f"{prefix}.{key}" if prefix else key)
        return found
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return set().union(*(paths(item, prefix + "[]") for item in value))
    return {prefix}


def answered_fields(response, distribution):
    """The field names a response carries for each record, as the data dictionary names them."""
    if distribution.format == "CSV":
        return [set(next(csv.reader(io.StringIO(response.content.decode("utf-8")))))]
    document = json.loads(response.content)
    if distribution.format == "GeoJSON":
        return [set(feature["properties"]) for feature in document["features"]]
    if "projects" in document and isinstance(document["projects"], list):
        return [set(project) for project in document["projects"]]
    return [paths(document)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("dataset", "distribution"), every_distribution(), ids=lambda item: getattr(item, "key", None) or item.format
)
@pytest.mark.parametrize("language", language_codes())
def test_each_endpoint_answers_with_the_documented_fields(client, data, dataset, distribution, language):
    response = client.get(url_of(distribution) + f"?lang={language}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(distribution.media_type)
    assert response["Access-Control-Allow-Origin"] == "*"
    documented = {field.name for field in dataset.fields_for(distribution.format)}
    records = answered_fields(response, distribution)
    assert records, "no record to check"
    for fields in records:
        assert fields == documented


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_page_lists_every_dataset_with_its_dictionary_licence_and_last_change(client, data, language):
    with translation.override(language):
        response = client.get("/" + language + "/open-data/")
    assert response.status_code == 200
    html = parse(response.content)
    links = {a.attrs["href"] for a in html.find_all("a")}
    suffix = "" if language == "vi" else f"?lang={language}"
    for dataset, distribution in every_distribution():
        assert f"http://testserver{url_of(distribution)}{suffix}" in links, distribution.url_name
        section = html.find("section", id=dataset.key)
        rows = section.find("table", class_="dictionary").find("tbody").find_all("tr")
        assert [row.find("code").text() for row in rows] == [field.name for field in dataset.fields]
        assert section.find("time") is not None  # the last change
        assert section.find("a", rel="license").attrs["href"] == "https://creativecommons.org/licenses/by/4.0/"
    assert f"http://testserver/data.json{suffix}" in links
    text = response.content.decode()
    # A language with no interface translation of its own (a third one) reads the interface in English.
    assert ("Dữ liệu mở" in text) if language == "vi" else ("Open data" in text)


@pytest.mark.django_db
def test_the_footer_and_the_finder_link_the_open_data_page(client, data):
    for url in ("/en/", "/en/park/plots/"):
        links = [a.attrs["href"] for a in parse(client.get(url).content).find_all("a")]
        assert "/en/open-data/" in links, url


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_catalogue_is_dcat_us_and_lists_each_dataset_with_its_urls(client, data, language):
    response = client.get(f"/data.json?lang={language}")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"
    catalogue = json.loads(response.content)
    assert catalogue["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert catalogue["@type"] == "dcat:Catalog"
    by_id = {entry["identifier"].rsplit("#", 1)[1]: entry for entry in catalogue["dataset"]}
    assert set(by_id) == {dataset.key for dataset in DATASETS}
    required = {"title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier", "accessLevel"}
    for dataset in DATASETS:
        entry = by_id[dataset.key]
        assert required <= set(entry), dataset.key
        assert entry["accessLevel"] == "public" and entry["license"].startswith("https://")
        assert entry["contactPoint"]["hasEmail"] == "mailto:board@example.com"
        assert entry["language"] == [language]
        with translation.override(language):
            assert entry["title"] == str(dataset.title)
        urls = [item["downloadURL"] for item in entry["distribution"]]
        suffix = "" if language == "vi" else f"?lang={language}"
        assert urls == [f"http://testserver{url_of(d)}{suffix}" for d in dataset.distributions]
        for url in urls:
            answer = client.get(url.removeprefix("http://testserver"))
            assert answer.status_code == 200, url
            assert answer["Content-Type"].startswith(
                next(d.media_type for d in dataset.distributions if url.startswith(f"http://testserver{url_of(d)}"))
            )
    assert client.get("/data.json?lang=xx").status_code == 400
    assert client.post("/data.json").status_code == 405


@pytest.mark.django_db
def test_a_change_to_a_plot_is_the_last_change_of_the_datasets_it_is_in(client, data):
    long_ago = timezone.make_aware(datetime(2026, 1, 1, 19))  # in the park's time zone
    DatasetChange.objects.update(changed_at=long_ago)
    before = timezone.now()
    plot = Plot.objects.get(code="P2-0-0")
    plot.status = Plot.Status.RESERVED
    plot.save()
    changes = dict(DatasetChange.objects.values_list("key", "changed_at"))
    assert changes["plots"] >= before and changes["key-figures"] >= before and changes["projects"] >= before
    assert changes["zones"] == long_ago
    plot.allowed_sectors.clear()
    catalogue = json.loads(client.get("/data.json").content)
    modified = {entry["identifier"].rsplit("#", 1)[1]: entry["modified"] for entry in catalogue["dataset"]}
    assert modified["zones"] == "2026-01-01T19:00:00+07:00"  # in the park's time zone


@pytest.mark.django_db
def test_the_open_data_page_takes_a_fixed_number_of_queries(client, data):
    with translation.override("en"):
        assert query_count(client, "/en/open-data/") == 3  # the last changes, + the layout's park and menu
