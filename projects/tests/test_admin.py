"""The board's admin for investors, projects and targets: pages, filters, totals, and bad input refused."""

import io

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Sum
from django.urls import reverse
from django.utils import translation
from PIL import Image

from core.testing import admin_form_data, parse
from parks.models import Phase, Plot, Sector
from projects.models import Country, InvestmentTarget, Investor, Project
from projects.tests.builders import make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages below are compared in English, the language of the msgids."""
    with translation.override("en"):
        yield


MODELS = [Investor, Project, InvestmentTarget]


def admin_url(model, action, *args, language="en"):
    with translation.override(language):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def form_errors(response):
    form = response.context["adminform"].form
    inline_errors = [
        str(error) for inline in response.context["inline_admin_formsets"] for error in inline.formset.errors if error
    ]
    return str(form.errors) + str(form.non_field_errors()) + "".join(inline_errors)


def test_every_model_of_the_app_is_registered():
    assert {model for model in admin.site._registry if model._meta.app_label == "projects"} == set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_changelist_add_and_change_pages_open(admin_client, projects, targets, model, language):
    obj = model.objects.first()
    for url in [admin_url(model, "changelist"), admin_url(model, "add"), admin_url(model, "change", obj.pk)]:
        response = admin_client.get(url.replace("/vi/", f"/{language}/", 1))
        assert response.status_code == 200, url


def totals_table(response):
    table = parse(response.content).find("table", id="project-totals")
    assert table is not None
    return table


def test_changelist_shows_the_totals_of_every_selected_row(admin_client, park, no_projects):
    investor = Investor.objects.create(name_vi="Công ty A")
    for index in range(30):  # more than one page of the changelist
        make_project(
            investor,
            name_vi=f"Dự án {index}",
            capital_vnd=1_000_000_000 * (index + 1),
            land_area_m2=100,
            workers=10,
            local_workers=index % 10,
            status=Project.Status.OPERATING if index % 2 else Project.Status.REGISTERED,
        )
    response = admin_client.get(admin_url(Project, "changelist"))
    totals = response.context["totals"]
    assert totals["projects"] == 30
    assert totals["capital_vnd"] == sum(1_000_000_000 * (index + 1) for index in range(30))
    assert totals["workers"] == 300
    assert totals["local_workers"] == sum(index % 10 for index in range(30))
    assert totals["land_area_m2"] == 3000
    assert "465,000,000,000" in totals_table(response).text() or "465.000.000.000" in totals_table(response).text()

    filtered = admin_client.get(admin_url(Project, "changelist"), {"status__exact": "operating"})
    expected = Project.objects.filter(status="operating").aggregate(capital=Sum("capital_vnd"), workers=Sum("workers"))
    assert filtered.context["totals"]["projects"] == 15
    assert filtered.context["totals"]["capital_vnd"] == expected["capital"]
    assert filtered.context["totals"]["workers"] == expected["workers"]


def searched(text):
    """The admin's search, row by row: every word in one of the searched texts (Vietnamese admin)."""
    found = set()
    for project in Project.objects.select_related("investor", "plot"):
        texts = [
            project.name_vi,
            project.investor.name_vi,
            project.products_vi or "",
            project.plot.code if project.plot else "",
        ]
        if all(any(word.lower() in value.lower() for value in texts) for word in text.split()):
            found.add(project)
    return found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status__exact": "operating"}, lambda: set(Project.objects.filter(status="operating"))),
        ({"investor__country__exact": "JP"}, lambda: set(Project.objects.filter(investor__country="JP"))),
        ({"q": "Nhà máy số 1"}, lambda: searched("Nhà máy số 1")),
        ({"q": "Đầu tư 2"}, lambda: searched("Đầu tư 2")),
        ({"q": "P0-1"}, lambda: searched("P0-1")),
    ],
)
def test_changelist_filters_and_search(admin_client, projects, query, expected):
    # The Vietnamese admin searches the Vietnamese texts.
    response = admin_client.get(admin_url(Project, "changelist", language="vi"), query)
    assert response.status_code == 200
    assert expected()
    assert set(response.context["cl"].queryset) == expected()
    assert response.context["totals"]["projects"] == len(expected())


def test_changelist_filters_by_sector_and_phase(admin_client, projects):
    sector = Sector.objects.filter(projects__isnull=False).first()
    phase = Phase.objects.filter(projects__isnull=False).first()
    response = admin_client.get(admin_url(Project, "changelist"), {"sector__id__exact": sector.pk})
    assert set(response.context["cl"].queryset) == set(Project.objects.filter(sector=sector))
    response = admin_client.get(admin_url(Project, "changelist"), {"phase__id__exact": phase.pk})
    assert set(response.context["cl"].queryset) == set(Project.objects.filter(phase=phase))
    parameters = {name for spec in response.context["cl"].filter_specs for name in spec.expected_parameters()}
    assert {"status__exact", "sector__id__exact", "phase__id__exact", "investor__country__exact"} <= parameters


def project_change(admin_client, project, **changes):
    url = admin_url(Project, "change", project.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(changes)
    return admin_client.post(url, data)


def test_the_unchanged_project_form_saves(admin_client, projects):
    project = Project.objects.filter(status="operating").exclude(plot=None).first()
    response = project_change(admin_client, project)
    assert response.status_code == 302, form_errors(response)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"workers": "10", "local_workers": "11"}, "local_workers", "more local workers (11) than workers (10)"),
        ({"capital_vnd": "-5"}, "capital_vnd", "The registered capital cannot be negative."),
        ({"capital_usd": "-5"}, "capital_usd", "The registered capital cannot be negative."),
        ({"land_area_m2": "-1"}, "land_area_m2", "The land area cannot be negative."),
        ({"workers": "-1"}, "workers", "The number of workers cannot be negative."),
        (
            {"registration_date": "2022-05-02", "operation_start": "2022-05-01"},
            "operation_start",
            "A project cannot start operating before it was registered.",
        ),
        ({"registration_date": "31/02/2022"}, "registration_date", ""),
        ({"name_vi": ""}, "name_vi", ""),
        ({"capital_vnd": "nhiều"}, "capital_vnd", ""),
    ],
)
def test_invalid_project_change_shows_the_error_and_saves_nothing(admin_client, projects, changes, field, message):
    project = Project.objects.filter(status="operating").exclude(plot=None).first()
    before = Project.objects.values().get(pk=project.pk)
    response = project_change(admin_client, project, name_en="Renamed", products_vi="Đổi", **changes)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors
    assert message in str(errors[field])
    assert 'class="errorlist' in response.content.decode()
    assert Project.objects.values().get(pk=project.pk) == before


def test_an_operating_project_cannot_move_onto_a_plot_that_has_one(admin_client, projects):
    first, second = Project.objects.filter(status="operating").exclude(plot=None).order_by("pk")[:2]
    response = project_change(admin_client, second, plot=str(first.plot_id), phase="")
    assert response.status_code == 200
    assert f"Plot {first.plot.code} already holds an operating project, {first.name_vi}." in form_errors(response)
    second.refresh_from_db()
    assert second.plot_id != first.plot_id


def test_a_project_on_a_plot_of_another_phase_is_refused(admin_client, projects):
    project = Project.objects.exclude(plot=None).first()
    other_phase = Phase.objects.exclude(pk=project.plot.zone.phase_id).first()
    response = project_change(admin_client, project, phase=str(other_phase.pk))
    assert response.status_code == 200
    assert "phase" in response.context["adminform"].form.errors


def test_invalid_project_add_creates_nothing(admin_client, projects):
    url = admin_url(Project, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(
        investor=str(Investor.objects.first().pk),
        name_vi="Dự án mới",
        status="operating",
        capital_vnd="-1",
        workers="5",
        local_workers="6",
        registration_date="2024-01-01",
        verified_on="2026-10-01",
    )
    count = Project.objects.count()
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert {"capital_vnd", "local_workers"} <= set(response.context["adminform"].form.errors)
    assert Project.objects.count() == count


def test_a_valid_project_add_fills_slug_and_phase(admin_client, projects):
    plot = Plot.objects.filter(projects__isnull=True).select_related("zone__phase").first()
    url = admin_url(Project, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(
        investor=str(Investor.objects.first().pk),
        name_vi="Nhà máy Sợi Đông Bắc",
        name_en="North East Yarn Mill",
        status="operating",
        plot=str(plot.pk),
        capital_vnd="5000000000",
        workers="50",
        local_workers="40",
        registration_date="2024-01-01",
        verified_on="2026-10-01",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    project = Project.objects.get(name_vi="Nhà máy Sợi Đông Bắc")
    assert (project.slug_vi, project.slug_en, project.phase) == (
        "nha-may-soi-dong-bac",
        "north-east-yarn-mill",
        plot.zone.phase,
    )


def investor_change(admin_client, investor, **changes):
    url = admin_url(Investor, "change", investor.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(changes)
    return admin_client.post(url, data)


def test_projects_are_edited_inline_on_their_investor(admin_client, projects):
    investor = Investor.objects.filter(projects__isnull=False).first()
    response = admin_client.get(admin_url(Investor, "change", investor.pk))
    assert response.context["inline_admin_formsets"][0].formset.queryset.count() == investor.projects.count()
    response = investor_change(admin_client, investor, **{"projects-0-workers": "999", "projects-0-local_workers": "1"})
    assert response.status_code == 302, form_errors(response)
    assert investor.projects.filter(workers=999).count() == 1


def test_inline_refuses_local_workers_above_workers_and_saves_nothing(admin_client, projects):
    investor = Investor.objects.filter(projects__isnull=False).first()
    before = list(Project.objects.filter(investor=investor).values())
    response = investor_change(
        admin_client,
        investor,
        name_vi="Tên mới",
        **{"projects-0-workers": "5", "projects-0-local_workers": "6"},
    )
    assert response.status_code == 200
    assert "more local workers (6) than workers (5)" in form_errors(response)
    assert list(Project.objects.filter(investor=investor).values()) == before
    assert Investor.objects.get(pk=investor.pk).name_vi != "Tên mới"


def add_inline_rows(data, rows):
    total = int(data["projects-TOTAL_FORMS"])
    for offset, row in enumerate(rows):
        prefix = f"projects-{total + offset}-"
        data.update({prefix + key: value for key, value in row.items()})
        data[prefix + "investor"] = data.get("projects-0-investor", "")
    data["projects-TOTAL_FORMS"] = str(total + len(rows))
    return data


def test_two_new_operating_projects_on_one_plot_in_one_form_are_refused(admin_client, park, no_projects):
    investor = Investor.objects.create(name_vi="Công ty B", country=Country.VN)
    plot = Plot.objects.get(code="P0-0-2")
    url = admin_url(Investor, "change", investor.pk)
    data = admin_form_data(admin_client.get(url))
    row = {
        "status": "operating",
        "plot": str(plot.pk),
        "capital_vnd": "1",
        "land_area_m2": "0",
        "workers": "0",
        "local_workers": "0",
        "registration_date": "2024-01-01",
        "verified_on": "2026-10-01",
    }
    add_inline_rows(data, [{**row, "name_vi": "Nhà máy một"}, {**row, "name_vi": "Nhà máy hai"}])
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Plot P0-0-2 cannot hold two operating projects: Nhà máy một and Nhà máy hai." in form_errors(response)
    assert not Project.objects.exists()

    # One of them under construction instead: both are saved.
    data["projects-1-status"] = "under_construction"
    response = admin_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    assert Project.objects.filter(plot=plot).count() == 2


def test_investor_with_a_logo_through_the_add_page(admin_client, db):
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), "navy").save(buffer, "PNG")
    url = admin_url(Investor, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(
        name_vi="Công ty TNHH Ánh Dương", name_en="Anh Duong Co., Ltd", country="TW", website="https://a.example"
    )
    data["logo"] = SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    response = admin_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    investor = Investor.objects.get(name_vi="Công ty TNHH Ánh Dương")
    assert (investor.logo_width, investor.logo_height) == (200, 80)
    assert investor.logo.storage.exists(investor.logo.name)


def test_a_file_that_is_not_an_image_is_refused_as_a_logo(admin_client, no_projects):
    url = admin_url(Investor, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(name_vi="Công ty C", country="VN")
    data["logo"] = SimpleUploadedFile("logo.png", b"not an image", content_type="image/png")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "logo" in response.context["adminform"].form.errors
    assert not Investor.objects.exists()


def test_investor_with_projects_cannot_be_deleted_from_the_admin(admin_client, projects):
    investor = Investor.objects.filter(projects__isnull=False).first()
    response = admin_client.post(admin_url(Investor, "delete", investor.pk), {"post": "yes"})
    assert response.status_code in (200, 403)
    assert Investor.objects.filter(pk=investor.pk).exists()


def test_target_admin_shows_progress_and_refuses_bad_years(admin_client, projects, targets):
    response = admin_client.get(admin_url(InvestmentTarget, "changelist"))
    progress = {target.pk: target.projects_registered for target in response.context["cl"].result_list}
    expected = {
        target.pk: Project.objects.exclude(status="terminated")
        .filter(registration_date__year__gte=target.start_year, registration_date__year__lte=target.end_year)
        .count()
        for target in InvestmentTarget.objects.all()
    }
    assert progress == expected

    target = InvestmentTarget.objects.get(start_year=2022)
    url = admin_url(InvestmentTarget, "change", target.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(start_year="2023", end_year="2021")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "The last year cannot come before the first year." in form_errors(response)
    data.update(start_year="2021", end_year="2025")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "There is already a target for this period." in form_errors(response)
    target.refresh_from_db()
    assert (target.start_year, target.end_year) == (2022, 2022)


def test_target_capital_cannot_be_negative(admin_client, targets):
    target = targets[0]
    url = admin_url(InvestmentTarget, "change", target.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(capital_target_vnd="-1")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "The registered capital cannot be negative." in form_errors(response)
    assert InvestmentTarget.objects.get(pk=target.pk).capital_target_vnd == 2_150_000_000_000


def test_registration_date_hierarchy_and_bad_parameters(admin_client, projects):
    response = admin_client.get(admin_url(Project, "changelist"), {"registration_date__year": "2020"})
    assert response.status_code == 200
    assert set(response.context["cl"].queryset) == set(Project.objects.filter(registration_date__year=2020))
    response = admin_client.get(admin_url(Project, "changelist"), {"status__exact": "'; DROP TABLE", "x": "1"})
    assert response.status_code in (200, 302, 400)
