"""The park's figures come from the project rows: checked against a plain loop over the rows."""

import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format, number_format

from parks.demo import load_demo_park
from parks.models import Park
from projects.demo import load_demo_projects
from projects.models import InvestmentTarget, Investor, Project
from projects.stats import park_statistics
from projects.tests.builders import build_projects, make_project

pytestmark = pytest.mark.django_db


def independent_statistics():
    """The same figures, computed without the ORM's aggregates."""
    rows = [project for project in Project.objects.all() if project.status != Project.Status.TERMINATED]
    operating = [project for project in rows if project.status == Project.Status.OPERATING]
    workers = sum(project.workers for project in operating)
    local = sum(project.local_workers for project in operating)
    return {
        "projects": len(rows),
        "projects_operating": len(operating),
        "capital_vnd": sum(project.capital_vnd for project in rows),
        "capital_usd": sum(project.capital_usd or 0 for project in rows),
        "workers": workers,
        "local_workers": local,
        "local_share": round(100 * local / workers) if workers else None,
        "occupied_area_m2": sum(project.land_area_m2 for project in rows),
        "verified_on": max((project.verified_on for project in rows), default=None),
    }


def as_dict(stats):
    return {key: getattr(stats, key) for key in independent_statistics()}


@pytest.mark.parametrize("scale", [1, 3])
def test_statistics_equal_an_independent_computation(park, scale):
    build_projects(scale=scale)
    expected = independent_statistics()
    assert expected["projects_operating"] > 0 and expected["workers"] > 0
    assert Project.objects.filter(status=Project.Status.TERMINATED).exists()
    assert as_dict(park_statistics()) == expected


def test_statistics_follow_every_change_to_the_rows(park):
    build_projects()
    investor = Investor.objects.first()
    project = make_project(
        investor,
        name_vi="Nhà máy mới",
        status=Project.Status.OPERATING,
        workers=500,
        local_workers=100,
        capital_vnd=123_000_000_000,
        verified_on=date(2026, 11, 20),
    )
    assert as_dict(park_statistics()) == independent_statistics()
    assert park_statistics().verified_on == date(2026, 11, 20)

    project.status = Project.Status.TERMINATED
    project.save()
    stats = park_statistics()
    assert as_dict(stats) == independent_statistics()
    assert stats.verified_on < date(2026, 11, 20)  # a terminated row no longer counts, nor its date


def test_statistics_of_no_projects(db):
    stats = park_statistics()
    assert as_dict(stats) == {
        "projects": 0,
        "projects_operating": 0,
        "capital_vnd": 0,
        "capital_usd": 0,
        "workers": 0,
        "local_workers": 0,
        "local_share": None,
        "occupied_area_m2": 0,
        "verified_on": None,
    }


def test_statistics_are_one_query(park, django_assert_num_queries):
    build_projects(scale=2)
    with django_assert_num_queries(1):
        park_statistics()


def test_the_park_no_longer_stores_the_derived_figures():
    fields = {field.name for field in Park._meta.get_fields()}
    assert not fields & {"projects_operating", "workers", "local_worker_share"}
    assert "average_monthly_income_vnd" in fields


@pytest.mark.parametrize("language", ["vi", "en"])
def test_home_and_overview_show_the_computed_figures(client, park, language):
    projects = build_projects()
    # A date no other figure on these pages carries: the newest verification among the projects.
    Project.objects.filter(pk=projects[0].pk).update(verified_on=date(2026, 11, 3))
    stats = park_statistics()
    assert stats.verified_on == date(2026, 11, 3)
    with translation.override(language):
        urls = [reverse("portal:home"), reverse("portal:park")]
        workers = number_format(stats.workers, force_grouping=True)
        verified = date_format(stats.verified_on, "DATE_FORMAT")
    for url in urls:
        html = client.get(url).content.decode()
        assert f"{workers}</" in html, url
        assert re.search(rf">{stats.local_share}(</span>)?%", html), url
        assert f">{stats.projects_operating}<" in html, url
        assert verified in html, url

    # One more operating project: the pages change with it, nothing is fixed.
    make_project(
        Investor.objects.first(), name_vi="Nhà máy thêm", status=Project.Status.OPERATING, workers=1234, local_workers=0
    )
    new_workers = park_statistics().workers
    with translation.override(language):
        new_text = number_format(new_workers, force_grouping=True)
    for url in urls:
        assert f"{new_text}</" in client.get(url).content.decode(), url


def test_demo_projects_match_the_article_and_load_twice_unchanged(db):
    load_demo_park()
    first = load_demo_projects()
    assert first["created"] == 12 + 12 + 2  # investors, projects, targets
    stats = park_statistics()
    assert stats.projects_operating == 8
    assert 950 <= stats.workers <= 1050
    assert 78 <= stats.local_share <= 82
    assert Project.objects.filter(investor__name_vi="Công ty TNHH Lechenwood Việt Nam").exists()
    operating = Project.objects.operating().select_related("plot__zone__phase")
    for project in operating:
        assert project.plot.status == "leased" and project.plot.zone.phase.name_vi == "Giai đoạn I", project
        assert project.name_en and project.description_en and project.products_en, project
    # Every invented project says so in both languages.
    for project in Project.objects.exclude(investor__name_vi="Công ty TNHH Lechenwood Việt Nam"):
        assert "(minh họa)" in project.name_vi and "(illustrative)" in project.name_en, project
        assert project.is_illustrative
    assert set(Project.objects.values_list("status", flat=True)) == {"operating", "under_construction", "registered"}
    periods = [
        (target.start_year, target.end_year, target.projects_target, target.capital_target_vnd)
        for target in InvestmentTarget.objects.all()
    ]
    assert periods == [(2021, 2025, 20, 2_150_000_000_000), (2022, 2022, 3, 500_000_000_000)]

    assert load_demo_projects() == {"created": 0, "updated": 0, "unchanged": 26, "removed": 0}
