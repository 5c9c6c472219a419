"""The projects' rules: each validation rule, the database's own guard, slugs and the Vietnamese sort key."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import translation

from core.i18n import language_codes
from parks.models import Phase, Plot
from projects.collation import vi_sort_key
from projects.models import Country, InvestmentTarget, Investor, Project
from projects.tests.builders import make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages below are compared in English, the language of the msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def investor(park):
    return Investor.objects.create(name_vi="Công ty TNHH Lâm sản Đông Á", name_en="Dong A Forest Products Co., Ltd")


def errors_of(project):
    with pytest.raises(ValidationError) as caught:
        project.full_clean()
    return caught.value.message_dict


def test_a_valid_project_saves(investor):
    project = make_project(investor, name_vi="Nhà máy chế biến gỗ", workers=10, local_workers=10)
    assert Project.objects.get(pk=project.pk).local_share == 100
    assert str(project) == "Nhà máy chế biến gỗ"


def test_local_workers_never_above_workers(investor):
    project = Project(
        investor=investor,
        name_vi="Nhà máy A",
        registration_date=date(2020, 1, 1),
        verified_on=date(2026, 1, 1),
        workers=100,
        local_workers=101,
    )
    errors = errors_of(project)
    assert list(errors) == ["local_workers"]
    assert errors["local_workers"] == ["There cannot be more local workers (101) than workers (100)."]
    project.local_workers = 100
    project.full_clean()


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("capital_vnd", "The registered capital cannot be negative."),
        ("capital_usd", "The registered capital cannot be negative."),
        ("land_area_m2", "The land area cannot be negative."),
        ("workers", "The number of workers cannot be negative."),
        ("local_workers", "The number of local workers cannot be negative."),
    ],
)
def test_figures_cannot_be_negative(investor, field, message):
    project = Project(
        investor=investor, name_vi="Nhà máy B", registration_date=date(2020, 1, 1), verified_on=date(2026, 1, 1)
    )
    setattr(project, field, -1)
    errors = errors_of(project)
    assert message in errors[field]


def test_zero_figures_are_allowed(investor):
    make_project(investor, capital_vnd=0, capital_usd=0, land_area_m2=0, workers=0, local_workers=0)


def test_operation_cannot_start_before_registration(investor):
    project = Project(
        investor=investor,
        name_vi="Nhà máy C",
        registration_date=date(2020, 5, 2),
        operation_start=date(2020, 5, 1),
        verified_on=date(2026, 1, 1),
    )
    assert errors_of(project) == {"operation_start": ["A project cannot start operating before it was registered."]}
    project.operation_start = date(2020, 5, 2)
    project.full_clean()


def test_figures_cannot_be_verified_before_registration(investor):
    project = Project(
        investor=investor, name_vi="Nhà máy D", registration_date=date(2020, 5, 2), verified_on=date(2020, 5, 1)
    )
    assert list(errors_of(project)) == ["verified_on"]


def test_a_plot_cannot_hold_two_operating_projects(investor):
    plot = Plot.objects.get(code="P0-0-2")
    first = make_project(investor, name_vi="Nhà máy thứ nhất", plot=plot, status=Project.Status.OPERATING)
    second = Project(
        investor=investor,
        name_vi="Nhà máy thứ hai",
        plot=plot,
        status=Project.Status.OPERATING,
        registration_date=date(2021, 1, 1),
        verified_on=date(2026, 1, 1),
    )
    errors = errors_of(second)
    assert errors == {
        "plot": [
            "Plot P0-0-2 already holds an operating project, Nhà máy thứ nhất. "
            "Change that project's status or plot first."
        ]
    }
    # Another status on the same plot is fine (a successor being built), and so is the first project itself.
    second.status = Project.Status.UNDER_CONSTRUCTION
    second.full_clean()
    second.save()
    first.full_clean()
    # Once the first one stops, the second may operate there.
    first.status = Project.Status.TERMINATED
    first.save()
    second.status = Project.Status.OPERATING
    second.full_clean()


def test_the_database_refuses_two_operating_projects_on_a_plot_too(investor):
    plot = Plot.objects.get(code="P0-0-2")
    make_project(investor, name_vi="Nhà máy E", plot=plot, status=Project.Status.OPERATING)
    duplicate = Project(
        investor=investor,
        name_vi="Nhà máy F",
        plot=plot,
        status=Project.Status.OPERATING,
        registration_date=date(2021, 1, 1),
        verified_on=date(2026, 1, 1),
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()  # no full_clean: the constraint is the last line of defence


def test_phase_is_taken_from_the_plot_and_must_match_it(investor):
    plot = Plot.objects.select_related("zone__phase").get(code="P1-0-0")
    project = Project(
        investor=investor,
        name_vi="Nhà máy G",
        plot=plot,
        registration_date=date(2020, 1, 1),
        verified_on=date(2026, 1, 1),
    )
    project.full_clean()
    assert project.phase == plot.zone.phase

    project.phase = Phase.objects.exclude(pk=plot.zone.phase_id).first()
    errors = errors_of(project)
    assert list(errors) == ["phase"]
    assert "P1-0-0" in errors["phase"][0]


def test_invalid_raw_values_give_field_errors_not_a_crash(investor):
    project = Project(
        investor=investor,
        name_vi="Nhà máy H",
        registration_date="not a date",
        operation_start="2020-01-01",
        verified_on=date(2026, 1, 1),
        workers="many",
        local_workers=5,
    )
    errors = errors_of(project)
    assert {"registration_date", "workers"} <= set(errors)


def test_slug_and_url_in_each_language(investor):
    project = make_project(investor, name_vi="Nhà máy Đông Á", name_en="Dong A Plant")
    assert (project.slug_vi, project.slug_en) == ("nha-may-dong-a", "dong-a-plant")
    with translation.override("vi"):
        assert project.get_absolute_url() == "/vi/projects/nha-may-dong-a/"
    with translation.override("en"):
        assert project.get_absolute_url() == "/en/projects/dong-a-plant/"


def test_sort_keys_follow_each_language_with_the_vietnamese_name_as_fallback(investor):
    project = make_project(investor, name_vi="Đông Á", name_en="")
    # Every language without a name of its own (English here, and any further language) sorts by the Vietnamese.
    assert project.sort_keys == {code: vi_sort_key("Đông Á") for code in language_codes()}
    project.name_en = "East Asia"
    project.save()
    assert project.sort_keys["en"] == vi_sort_key("East Asia")


def test_vietnamese_sort_key_orders_letters_as_the_alphabet_does():
    names = [
        "Đông Á",
        "Dương Minh",
        "Ánh Dương",
        "Bắc Sơn",
        "An Bình",
        "Ăn Uống",
        "Âu Cơ",
        "Da",
        "Ơn",
        "Ông",
        "Ưu",
        "Uy",
    ]
    expected = [
        "An Bình",
        "Ánh Dương",
        "Ăn Uống",
        "Âu Cơ",
        "Bắc Sơn",
        "Da",
        "Dương Minh",
        "Đông Á",
        "Ông",
        "Ơn",
        "Uy",
        "Ưu",
    ]
    assert sorted(names, key=vi_sort_key) == expected


def test_vietnamese_sort_key_breaks_ties_by_tone_then_ignores_case_and_punctuation():
    assert sorted(["bà", "ba", "bạ", "bá", "bả", "bã"], key=vi_sort_key) == ["ba", "bà", "bả", "bã", "bá", "bạ"]
    assert vi_sort_key("ĐÔNG Á") == vi_sort_key("đông á")
    assert vi_sort_key("Minh An (minh họa)") == vi_sort_key("Minh An minh họa")
    assert vi_sort_key("An") < vi_sort_key("An Bình") < vi_sort_key("Anh")
    # Only digits: SQLite's byte order and PostgreSQL's locale agree on it.
    assert vi_sort_key("Công ty Đông Á (Việt Nam) – 2024").isdigit()


def test_country_names_come_from_the_choices(investor):
    investor.country = Country.JP
    with translation.override("en"):
        assert investor.get_country_display() == "Japan"


def test_investor_with_projects_cannot_be_deleted_by_accident(investor):

    make_project(investor)
    with pytest.raises(ProtectedError):
        investor.delete()


def test_target_years_must_be_in_order_and_a_period_unique(db):
    target = InvestmentTarget(
        title_vi="Mục tiêu",
        start_year=2025,
        end_year=2021,
        projects_target=20,
        capital_target_vnd=1,
        decision_vi="Nghị quyết",
        verified_on=date(2026, 1, 1),
    )
    assert errors_of(target) == {"end_year": ["The last year cannot come before the first year."]}
    target.start_year, target.end_year = 2021, 2025
    target.full_clean()
    target.save()
    assert str(target) == "2021–2025 · Mục tiêu"

    twin = InvestmentTarget(
        title_vi="Mục tiêu khác",
        start_year=2021,
        end_year=2025,
        projects_target=1,
        capital_target_vnd=1,
        decision_vi="Quyết định",
        verified_on=date(2026, 1, 1),
    )
    assert "There is already a target for this period." in str(errors_of(twin))


@pytest.mark.parametrize(("field", "value"), [("capital_target_vnd", -1), ("start_year", 1900), ("end_year", 2200)])
def test_target_figures_are_checked(db, field, value):
    target = InvestmentTarget(
        title_vi="Mục tiêu",
        start_year=2021,
        end_year=2025,
        projects_target=20,
        capital_target_vnd=1,
        decision_vi="Nghị quyết",
        verified_on=date(2026, 1, 1),
    )
    setattr(target, field, value)
    assert field in errors_of(target)


def test_target_progress_counts_the_projects_registered_in_its_period(investor):
    target = InvestmentTarget.objects.create(
        title_vi="Năm 2022",
        start_year=2022,
        end_year=2022,
        projects_target=3,
        capital_target_vnd=500,
        decision_vi="Kế hoạch",
        verified_on=date(2026, 1, 1),
    )
    make_project(investor, registration_date=date(2021, 12, 31), capital_vnd=1000)
    make_project(investor, registration_date=date(2022, 1, 1), capital_vnd=100)
    make_project(investor, registration_date=date(2022, 12, 31), capital_vnd=200)
    make_project(investor, registration_date=date(2022, 6, 1), capital_vnd=400, status=Project.Status.TERMINATED)
    make_project(investor, registration_date=date(2023, 1, 1), capital_vnd=1000)

    target = InvestmentTarget.objects.with_progress().get(pk=target.pk)
    assert (target.projects_registered, target.capital_registered_vnd) == (2, 300)
    assert (target.projects_share, target.capital_share) == (67, 60)


def test_target_progress_of_an_empty_period_and_a_zero_target(db):
    target = InvestmentTarget.objects.create(
        title_vi="Không",
        start_year=2030,
        end_year=2030,
        projects_target=0,
        capital_target_vnd=0,
        decision_vi="Kế hoạch",
        verified_on=date(2026, 1, 1),
    )
    target = InvestmentTarget.objects.with_progress().get(pk=target.pk)
    assert (target.projects_registered, target.capital_registered_vnd) == (0, 0)
    assert (target.projects_share, target.capital_share) == (None, None)
