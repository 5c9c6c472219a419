"""The public pages of the projects app and its exports, in both languages."""

import csv
import io
import itertools
import json
from datetime import date

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from core.testing import hreflangs, listed_languages, parse
from parks.models import Phase, Plot, Sector
from projects.collation import vi_sort_key
from projects.exports import COLUMNS
from projects.models import Country, Investor, Project
from projects.tests.builders import build_targets, make_project

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def url_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def get(client, language, name, query=None, **kwargs):
    return client.get(url_in(language, name, **kwargs), query or {})


def document_of(response):
    """The response's HTML, parsed once however many helpers read it."""
    if not hasattr(response, "_document"):
        response._document = parse(response.content)
    return response._document


def card_names(response):
    document = document_of(response)
    listing = document.find("ul", class_="project-list")
    if listing is None:
        return []
    return [item.find("h2").text().strip() for item in listing.find_all("li", class_="project-card")]


def notices(response):
    notice = document_of(response).find("div", class_="notice-inline")
    return [item.text().strip() for item in notice.find_all("li")] if notice else []


def shown_name(project, language):
    return getattr(project, f"name_{language}") or project.name_vi


def expected_names(language, sector=None, phase=None, status=None, country=None):
    """The directory's answer, worked out row by row in Python."""
    rows = []
    for project in Project.objects.select_related("investor"):
        if sector is not None and project.sector_id != sector.pk:
            continue
        if phase is not None and project.phase_id != phase.pk:
            continue
        if status is not None and project.status != status:
            continue
        if country is not None and project.investor.country != country:
            continue
        rows.append(project)
    rows.sort(key=lambda project: (vi_sort_key(shown_name(project, language)), project.pk))
    return [shown_name(project, language) for project in rows]


# --------------------------------------------------------------------------- the directory


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_lists_every_project_by_name(client, projects, language):
    response = get(client, language, "projects:list")
    assert response.status_code == 200
    document = document_of(response)
    assert document.find("html").attrs["lang"] == language
    assert document.find("link", rel="canonical").attrs["href"] == "http://testserver" + url_in(
        language, "projects:list"
    )
    assert {
        link.attrs["hreflang"] for link in document.find_all("link", rel="alternate") if "hreflang" in link.attrs
    } == {*LANGUAGES, "x-default"}
    assert card_names(response) == expected_names(language)
    assert document.find("meta", name="robots") is None
    assert document.find("p", class_="results-count").text().startswith(f"{len(projects)} ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_filter_and_every_combination(client, projects, language):
    sector = Project.objects.exclude(sector=None).first().sector
    phase = Project.objects.exclude(phase=None).first().phase
    country = Country.JP
    with translation.override(language):
        sector_slug, phase_slug = sector.url_slug, phase.url_slug
    choices = {
        "sector": [None, (sector_slug, sector)],
        "phase": [None, (phase_slug, phase)],
        "status": [None, ("operating", "operating"), ("registered", "registered")],
        "country": [None, (country, country), ("vn", Country.VN)],
    }
    seen_non_empty = 0
    for combination in itertools.product(*choices.values()):
        query, filters = {}, {}
        for name, choice in zip(choices, combination, strict=True):
            if choice is not None:
                query[name], filters[name] = choice
        response = get(client, language, "projects:list", query)
        assert response.status_code == 200, query
        assert notices(response) == [], query
        expected = expected_names(language, **filters)
        assert card_names(response) == expected, query
        seen_non_empty += bool(expected) and bool(query)
    assert seen_non_empty >= 6  # the combinations are not all empty answers


def test_a_sector_slug_from_the_other_language_still_filters(client, projects):
    sector = Project.objects.exclude(sector=None).first().sector
    response = get(client, "en", "projects:list", {"sector": sector.slug_vi})
    assert notices(response) == []
    assert card_names(response) == expected_names("en", sector=sector)
    # The links on the page use the canonical, English slug, and the form shows the sector as chosen.
    document = document_of(response)
    assert f"sector={sector.slug_en}" in document.find("p", class_="downloads").find("a").attrs["href"]
    selected = document.find("select", name="sector").find("option", selected="")
    assert (selected.attrs["value"], selected.text()) == (sector.slug_en, sector.name_en)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"sector": "khong-co-nganh-nay"}, "sector"),
        ({"phase": "giai-doan-x"}, "phase"),
        ({"status": "bankrupt"}, "status"),
        ({"country": "ZZ"}, "country"),
        ({"sort": "colour"}, "sort"),
    ],
)
def test_an_unknown_value_is_reported_and_that_filter_left_out(client, projects, language, query, field):
    status = {"status": "operating"} if field != "status" else {"country": "JP"}
    response = get(client, language, "projects:list", {**query, **status})
    assert response.status_code == 200
    messages = notices(response)
    assert len(messages) == 1
    assert next(iter(query.values())) in messages[0]
    # The valid filter still applies; the bad one is ignored.
    expected = expected_names(language, **({"status": "operating"} if field != "status" else {"country": "JP"}))
    assert card_names(response) == expected
    assert document_of(response).find("meta", name="robots").attrs["content"] == "noindex"


def test_the_message_names_what_was_wrong_in_english(client, projects):
    response = get(client, "en", "projects:list", {"sector": "no-such-sector", "country": "ZZ"})
    assert notices(response) == [
        "There is no sector “no-such-sector”; the sector filter was left out.",
        "“ZZ” is not a country code the directory knows; the country filter was left out.",
    ]


def test_a_very_long_or_odd_value_is_not_echoed_whole(client, projects):
    response = get(client, "en", "projects:list", {"sector": "<script>" + "x" * 5000})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>xxx" not in html
    assert "x" * 100 not in html
    # A NUL anywhere in the address is refused before any view (portal.middleware): a 400 with a message.
    response = get(client, "en", "projects:list", {"sector": "a\x00b"})
    assert response.status_code == 400
    assert "null character" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_sorting(client, projects, language):
    rows = list(Project.objects.all())
    orders = {
        "capital": sorted(rows, key=lambda p: (-p.capital_vnd, vi_sort_key(shown_name(p, language)), p.pk)),
        "workers": sorted(rows, key=lambda p: (-p.workers, vi_sort_key(shown_name(p, language)), p.pk)),
        "newest": sorted(rows, key=lambda p: (-p.registration_date.toordinal(), vi_sort_key(shown_name(p, language)))),
        "oldest": sorted(rows, key=lambda p: (p.registration_date, vi_sort_key(shown_name(p, language)))),
    }
    for sort, expected in orders.items():
        response = get(client, language, "projects:list", {"sort": sort})
        assert card_names(response) == [shown_name(p, language) for p in expected], sort


@pytest.mark.parametrize("language", LANGUAGES)
def test_vietnamese_names_sort_as_a_vietnamese_reader_expects(client, park, no_projects, language):
    investor = Investor.objects.create(name_vi="Công ty A")
    # No English names: the English page shows (and sorts) the Vietnamese ones.
    for name in ["Đông Á", "Dương Minh", "Ánh Dương", "Bắc Sơn", "Da Lat", "An Bình", "Zeta"]:
        make_project(investor, name_vi=name)
    response = get(client, language, "projects:list")
    assert card_names(response) == ["An Bình", "Ánh Dương", "Bắc Sơn", "Da Lat", "Dương Minh", "Đông Á", "Zeta"]


def test_english_names_sort_in_english_with_the_vietnamese_fallback_in_place(client, park, no_projects):
    investor = Investor.objects.create(name_vi="Công ty A")
    make_project(investor, name_vi="Ánh Dương", name_en="Sunlight")
    make_project(investor, name_vi="Đông Á")
    make_project(investor, name_vi="Bắc Sơn", name_en="North Mountain")
    assert card_names(get(client, "en", "projects:list")) == ["Đông Á", "North Mountain", "Sunlight"]
    assert card_names(get(client, "vi", "projects:list")) == ["Ánh Dương", "Bắc Sơn", "Đông Á"]


def test_pagination_keeps_the_filters(client, park, no_projects):
    investor = Investor.objects.create(name_vi="Công ty B", country=Country.KR)
    other = Investor.objects.create(name_vi="Công ty C", country=Country.VN)
    for index in range(25):
        make_project(investor, name_vi=f"Dự án {index:02d}")
    make_project(other, name_vi="Dự án khác")

    first = get(client, "en", "projects:list", {"country": "KR"})
    assert len(card_names(first)) == 20
    nav = document_of(first).find("nav", class_="pagination")
    next_link = nav.find("a", rel="next").attrs["href"]
    assert next_link == "?country=KR&page=2"
    second = client.get(url_in("en", "projects:list") + next_link)
    assert card_names(second) == [f"Dự án {index:02d}" for index in range(20, 25)]
    assert notices(second) == []
    assert document_of(second).find("nav", class_="pagination").find("span", **{"aria-current": "page"}).text() == "2"


def test_page_notes_in_english(client, park):
    investor = Investor.objects.create(name_vi="Công ty E")
    for index in range(21):
        make_project(investor, name_vi=f"Dự án {index:02d}")
    assert notices(get(client, "en", "projects:list", {"page": "abc"})) == [
        "“abc” is not a page number; this is the first page."
    ]
    assert notices(get(client, "en", "projects:list", {"page": "99999"})) == [
        "There is no page 99999; this is the last page, page 2."
    ]


def test_empty_directory(client, park, no_projects):
    response = get(client, "en", "projects:list", {"status": "suspended"})
    assert response.status_code == 200
    assert card_names(response) == []
    assert "No project matches these filters." in response.content.decode()


# --------------------------------------------------------------------------- a project's page


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_investor_sector_plot_and_figures(client, projects, language):
    project = Project.objects.filter(status="operating").exclude(sector=None).exclude(plot=None).last()
    Investor.objects.filter(pk=project.investor_id).update(country=Country.KR)
    project.refresh_from_db()
    with translation.override(language):
        url = project.get_absolute_url()
        sector_url = project.sector.get_absolute_url()
        plot_url = project.plot.get_absolute_url()
        country = project.investor.get_country_display()
        capital = f"{project.capital_vnd // 1_000_000_000}"
    response = client.get(url)
    assert response.status_code == 200
    document = document_of(response)
    assert document.find("html").attrs["lang"] == language
    assert document.find("h1").text().strip() == shown_name(project, language)
    facts = document.find("aside", class_="facts").text()
    assert shown_name(project.investor, language) in facts
    assert country in facts
    assert project.plot.code in facts
    assert capital in facts
    hrefs = {link.attrs.get("href") for link in document.find_all("a")}
    assert {sector_url, plot_url} <= hrefs
    assert (f'hreflang="{language}"' in response.content.decode()) == (language in listed_languages(project))


def test_project_page_with_no_sector_plot_or_english_text(client, park):
    investor = Investor.objects.create(name_vi="Công ty TNHH Ánh Dương")
    project = make_project(investor, name_vi="Nhà máy Ánh Dương", products_vi="Gỗ ván")
    with translation.override("en"):
        url = project.get_absolute_url()
    assert url == "/en/projects/nha-may-anh-duong/"
    response = client.get(url)
    assert response.status_code == 200
    document = document_of(response)
    assert document.find("h1").attrs.get("lang") == "vi"
    assert document.find("div", role="note") is not None  # the "not translated yet" notice
    assert 'hreflang="en"' not in response.content.decode()


def test_the_other_languages_slug_redirects_to_the_canonical_one(client, park):
    investor = Investor.objects.create(name_vi="Công ty F")
    make_project(investor, name_vi="Nhà máy Đông Á", name_en="Dong A Plant")
    response = client.get("/en/projects/nha-may-dong-a/")
    assert response.status_code == 301
    assert response.headers["Location"] == "/en/projects/dong-a-plant/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_project_is_a_404(client, park, language):
    response = client.get(f"/{language}/projects/khong-co-du-an-nay/")
    assert response.status_code == 404
    assert document_of(response).find("header", class_="site-header") is not None


def test_investor_logo_is_shown_with_alt_text_and_size(client, park, tmp_path):

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), "green").save(buffer, "PNG")
    investor = Investor.objects.create(
        name_vi="Công ty G", logo=SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    )
    assert (investor.logo_width, investor.logo_height) == (120, 40)
    project = make_project(investor, name_vi="Nhà máy G")
    with translation.override("en"):
        url = project.get_absolute_url()
    image = parse(client.get(url).content).find("img", alt="Logo of Công ty G")
    assert image is not None
    assert (image.attrs["width"], image.attrs["height"]) == ("120", "40")


# --------------------------------------------------------------------------- targets


@pytest.mark.parametrize("language", LANGUAGES)
def test_targets_page_shows_progress_as_text_and_bars(client, park, no_projects, language):
    investor = Investor.objects.create(name_vi="Công ty H")
    for year, capital in [(2021, 500), (2022, 700), (2024, 300), (2026, 900), (2019, 100)]:
        make_project(investor, registration_date=date(year, 3, 1), capital_vnd=capital * 1_000_000_000)
    make_project(investor, registration_date=date(2022, 3, 1), capital_vnd=10**12, status=Project.Status.TERMINATED)

    programme, year_2022 = build_targets()
    response = get(client, language, "projects:targets")
    assert response.status_code == 200
    document = document_of(response)
    assert document.find("html").attrs["lang"] == language

    with translation.override(language):
        programme_text = gettext("%(done)s of %(counter)s projects") % {"done": 3, "counter": 20}
        year_text = gettext("%(done)s of %(counter)s projects") % {"done": 1, "counter": 3}
    projects_line = document.find("p", id=f"target-{programme.pk}-projects").text()
    assert programme_text in " ".join(projects_line.split())
    assert "(15%)" in projects_line
    assert year_text in " ".join(document.find("p", id=f"target-{year_2022.pk}-projects").text().split())
    capital_line = " ".join(document.find("p", id=f"target-{programme.pk}-capital").text().split())
    assert "1,500" in capital_line or "1.500" in capital_line
    assert "(70%)" in capital_line

    bar = document.find("progress", **{"aria-labelledby": f"target-{programme.pk}-projects"})
    assert (bar.attrs["max"], bar.attrs["value"]) == ("20", "3")
    bar = document.find("progress", **{"aria-labelledby": f"target-{programme.pk}-capital"})
    assert (bar.attrs["max"], bar.attrs["value"]) == ("100", "70")


def test_a_passed_target_shows_its_real_share_and_a_full_bar(client, park, no_projects):
    investor = Investor.objects.create(name_vi="Công ty I")
    for month in range(1, 6):
        make_project(investor, registration_date=date(2022, month, 1), capital_vnd=200_000_000_000)

    _programme, year_2022 = build_targets()
    document = parse(get(client, "en", "projects:targets").content)
    line = " ".join(document.find("p", id=f"target-{year_2022.pk}-projects").text().split())
    assert "5 of 3 projects (167%)" in line
    bar = document.find("progress", **{"aria-labelledby": f"target-{year_2022.pk}-projects"})
    assert (bar.attrs["max"], bar.attrs["value"]) == ("3", "3")
    capital = " ".join(document.find("p", id=f"target-{year_2022.pk}-capital").text().split())
    assert capital == "Registered capital VND 1,000 billion of VND 500 billion (200%)"


def test_no_targets_yet(client, park):
    response = get(client, "en", "projects:targets")
    assert response.status_code == 200
    assert "The Board has not published any targets yet." in response.content.decode()


# --------------------------------------------------------------------------- exports


def read_csv(response):
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("language", LANGUAGES)
def test_csv_export_matches_the_directory_in_the_visitors_language(client, projects, language):
    response = get(client, language, "projects:export_csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == f'attachment; filename="thanh-binh-projects-{language}.csv"'
    assert "max-age" in response.headers["Cache-Control"]
    rows = read_csv(response)
    with translation.override(language):
        assert rows[0] == [str(label) for _key, label, _value in COLUMNS]
        statuses = {project.pk: project.get_status_display() for project in Project.objects.all()}
    assert [row[0] for row in rows[1:]] == expected_names(language)
    by_name = {row[0]: dict(zip([key for key, _l, _v in COLUMNS], row, strict=True)) for row in rows[1:]}
    for project in Project.objects.select_related("plot"):
        row = by_name[shown_name(project, language)]
        assert row["capital_vnd"] == str(project.capital_vnd)
        assert row["workers"] == str(project.workers)
        assert row["status"] == statuses[project.pk]
        assert row["registration_date"] == project.registration_date.isoformat()
        assert row["plot"] == (project.plot.code if project.plot else "")
        assert row["url"].startswith(f"http://testserver/{language}/projects/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_json_export_with_filters(client, projects, language):
    query = {"status": "operating", "country": "JP", "sort": "capital"}
    response = get(client, language, "projects:export_json", query)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["language"] == language
    assert data["filters"] == {"status": "operating", "country": "JP"}
    assert data["sort"] == "capital"
    expected = sorted(
        Project.objects.filter(status="operating", investor__country="JP"),
        key=lambda project: (-project.capital_vnd, vi_sort_key(shown_name(project, language))),
    )
    assert expected
    assert [item["name"] for item in data["projects"]] == [shown_name(project, language) for project in expected]
    assert data["count"] == len(expected)
    assert all(isinstance(item["capital_vnd"], int) for item in data["projects"])
    with translation.override(language):
        assert data["fields"]["status"] == gettext("Status")
        assert {item["status"] for item in data["projects"]} == {gettext("Operating")}
        assert {item["country"] for item in data["projects"]} == {str(Country.JP.label)}


def test_exports_and_the_directory_agree_for_every_filter(client, projects):
    sector = Project.objects.exclude(sector=None).first().sector
    for query in [{}, {"sector": sector.slug_vi}, {"status": "registered"}, {"country": "VN", "status": "operating"}]:
        names = card_names(get(client, "vi", "projects:list", query))
        csv_names = [row[0] for row in read_csv(get(client, "vi", "projects:export_csv", query))[1:]]
        json_names = [
            item["name"] for item in json.loads(get(client, "vi", "projects:export_json", query).content)["projects"]
        ]
        assert names == csv_names == json_names, query


def test_exports_refuse_a_filter_they_cannot_apply(client, projects):
    response = get(client, "en", "projects:export_csv", {"sector": "nope"})
    assert response.status_code == 400
    assert "There is no sector “nope”" in response.content.decode()
    response = get(client, "en", "projects:export_json", {"status": "nope", "page": "abc"})
    assert response.status_code == 400
    assert "status" in response.json()["errors"]


def test_export_of_a_vietnamese_text_keeps_its_letters(client, park):
    investor = Investor.objects.create(name_vi="Công ty TNHH Đông Á", country=Country.VN)
    make_project(investor, name_vi="Nhà máy chế biến lâm sản Đắk Lắk", products_vi="Ván ép, đồ gỗ")
    rows = read_csv(get(client, "vi", "projects:export_csv"))
    assert rows[1][:3] == ["Nhà máy chế biến lâm sản Đắk Lắk", "Công ty TNHH Đông Á", str(Country.VN.label)]


@pytest.mark.parametrize("name", ["projects:export_csv", "projects:export_json", "projects:list", "projects:targets"])
def test_post_is_refused(client, park, name):
    response = client.post(url_in("en", name))
    assert response.status_code == 405


# --------------------------------------------------------------------------- other pages that show projects


@pytest.mark.parametrize("language", LANGUAGES)
def test_sector_page_lists_its_projects(client, projects, language):
    sector = Sector.objects.filter(projects__isnull=False).first()
    with translation.override(language):
        url = sector.get_absolute_url()
    section = parse(client.get(url).content).find("section", **{"aria-labelledby": "sector-projects-title"})
    names = [row.find("th").text().strip() for row in section.find("tbody").find_all("tr")]
    expected = sorted(
        Project.objects.filter(sector=sector).exclude(status="terminated"),
        key=lambda project: (vi_sort_key(shown_name(project, language)), project.pk),
    )
    assert names == [shown_name(project, language) for project in expected]


def test_sector_page_without_projects(client, park, no_projects):
    sector = Sector.objects.first()
    with translation.override("en"):
        url = sector.get_absolute_url()
    assert "No project in this sector yet" in client.get(url).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_plot_page_names_the_project_on_it(client, projects, language):
    project = Project.objects.filter(status="operating").exclude(plot=None).first()
    with translation.override(language):
        url = project.plot.get_absolute_url()
        project_url = project.get_absolute_url()
    section = parse(client.get(url).content).find("section", class_="plot-projects")
    link = section.find("a")
    assert link.attrs["href"] == project_url
    assert link.text() == shown_name(project, language)


def test_plot_page_without_a_project(client, projects):
    plot = Plot.objects.filter(projects__isnull=True).first()
    with translation.override("en"):
        url = plot.get_absolute_url()
    assert "No project occupies this plot." in client.get(url).content.decode()


def test_main_menu_and_home_link_to_the_directory_and_targets(client, projects):
    document = parse(client.get("/en/").content)
    menu = document.find("nav", class_="site-nav")
    hrefs = [link.attrs["href"] for link in menu.find_all("a")]
    assert "/en/projects/" in hrefs and "/en/targets/" in hrefs
    strip = document.find("section", **{"aria-labelledby": "residents-title"})
    operating = Project.objects.operating().select_related("investor")
    shown = [item.find("span", class_="resident-name").text() for item in strip.find_all("li")]
    assert sorted(shown) == sorted(project.investor.name_en or project.investor.name_vi for project in operating)


def test_sitemap_lists_the_projects_and_their_pages(client, projects):
    xml = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert f"http://testserver/{language}/projects/</loc>" in xml
        assert f"http://testserver/{language}/targets/</loc>" in xml
    for project in Project.objects.all():
        with translation.override("vi"):
            assert f"http://testserver{project.get_absolute_url()}</loc>" in xml


def test_phase_filter_by_phase_slug(client, projects):
    phase = Phase.objects.get(name_vi="Giai đoạn II")
    response = get(client, "vi", "projects:list", {"phase": "giai-doan-ii"})
    assert card_names(response) == expected_names("vi", phase=phase)


GARBAGE_QUERIES = [
    "?page=abc&x=%00&sort=zzz",
    "?page=-1&page=0&page=999999999999999999999999",
    "?sort=" + "z" * 5000,
    "?sector=%ff%fe&phase=%c0%af&country=%00",
    "?" + "&".join(f"k{i}=v" for i in range(500)),
    "?status=<script>alert(1)</script>&country=javascript:alert(1)",
    "?sector[]=a&sector=b&sector=",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", GARBAGE_QUERIES)
def test_garbage_query_strings_never_give_a_500(client, projects, targets, language, query):
    project = Project.objects.first()
    with translation.override(language):
        urls = [reverse(name) for name in ("projects:list", "projects:targets")] + [project.get_absolute_url()]
    for url in urls:
        response = client.get(url + query)
        # A NUL is refused before any view (portal.middleware); everything else is ignored with a notice.
        assert response.status_code == (400 if "%00" in query else 200), (url, query)
        assert "<script>alert(1)" not in response.content.decode()
    for name in ("projects:export_csv", "projects:export_json"):
        response = client.get(url_in(language, name) + query)
        assert response.status_code in (200, 400), (name, query)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_app_answers_in_its_language_with_alternates(client, projects, targets, language):
    project = Project.objects.exclude(name_en="").exclude(name_en=None).first()
    with translation.override(language):
        pages = [
            (reverse("projects:list"), None),
            (reverse("projects:targets"), None),
            (project.get_absolute_url(), project),
        ]
    for url, obj in pages:
        assert url.startswith(f"/{language}/"), url
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, url
        assert f'<link rel="canonical" href="http://testserver{url}">' in html, url
        assert hreflangs(html) == {*listed_languages(obj), "x-default"}, url
        switch = parse(html).find("nav", class_="lang-switch")
        other = [link.attrs["href"] for link in switch.find_all("a")]
        assert other and all(not href.startswith(f"/{language}/") for href in other), url
