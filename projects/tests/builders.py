"""Test data for the projects app, built through the models on top of conftest.build_park()."""

from datetime import date, timedelta

from conftest import build_park
from core.batch import batched
from core.builders import create_all
from parks.models import Phase, Plot, Sector
from projects.models import Country, InvestmentTarget, Investor, Project

VERIFIED = date(2026, 10, 1)

STATUS_CYCLE = [
    Project.Status.OPERATING,
    Project.Status.OPERATING,
    Project.Status.UNDER_CONSTRUCTION,
    Project.Status.OPERATING,
    Project.Status.REGISTERED,
    Project.Status.SUSPENDED,
    Project.Status.TERMINATED,
    Project.Status.OPERATING,
]
COUNTRY_CYCLE = [Country.VN, Country.JP, Country.KR, Country.CN]


def new_project(investor, **values):
    """A valid project, not saved yet; `values` override the defaults."""
    name = values.pop("name_vi", None) or f"Dự án {Project.objects.count() + 1}"
    fields = {
        "name_vi": name,
        "status": Project.Status.REGISTERED,
        "capital_vnd": 10_000_000_000,
        "registration_date": date(2020, 1, 1),
        "verified_on": VERIFIED,
        **values,
    }
    return Project(investor=investor, **fields)


def make_project(investor, **values):
    """A valid project; `values` override the defaults. Saved through full_clean, as the admin does."""
    project = new_project(investor, **values)
    project.full_clean()
    project.save()
    return project


def build_projects(scale=1):
    """8 × scale projects of 4 × scale investors, over the park's sectors, phases and plots.

    Every status appears; operating projects each have a plot of their own; the
    registration dates spread over 2015–2024 so that the targets see some of them.
    Each list is saved together (core.builders); saved one by one, each project goes through full_clean.
    """
    sectors = list(Sector.objects.order_by("pk"))
    phases = list(Phase.objects.order_by("pk"))
    plots = list(Plot.objects.select_related("zone__phase").order_by("pk"))
    investors = create_all(
        Investor(
            name_vi=f"Công ty TNHH Đầu tư {index}",
            name_en=f"Investment Co. {index}",
            country=COUNTRY_CYCLE[index % len(COUNTRY_CYCLE)],
            website=f"https://investor{index}.example",
        )
        for index in range(4 * scale)
    )
    projects = []
    for index in range(8 * scale):
        status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
        plot = plots[index % len(plots)] if index % 5 != 4 else None
        workers = 0 if status in (Project.Status.REGISTERED,) else 40 + 13 * index
        projects.append(
            new_project(
                investors[index % len(investors)],
                name_vi=f"Nhà máy số {index}",
                name_en=f"Factory {index}" if index % 3 else "",
                status=status,
                sector=sectors[index % len(sectors)] if index % 4 != 3 else None,
                plot=plot,
                phase=plot.zone.phase if plot else phases[index % len(phases)],
                capital_vnd=(index + 1) * 7_000_000_000,
                capital_usd=(index + 1) * 250_000 if index % 2 else None,
                land_area_m2=1_000 * (index + 1),
                workers=workers,
                local_workers=workers * 3 // 4,
                registration_date=date(2015 + index % 10, 1 + index % 12, 1 + index % 28),
                operation_start=date(2015 + index % 10, 1 + index % 12, 1 + index % 28) + timedelta(days=400)
                if status == Project.Status.OPERATING
                else None,
                verified_on=VERIFIED - timedelta(days=index % 9),
            )
        )
    return create_all(projects, prepare=Project.fill_sort_keys, validate=True)


def build_targets():
    return [
        InvestmentTarget.objects.create(
            title_vi="Giai đoạn 2021–2025",
            title_en="2021–2025",
            start_year=2021,
            end_year=2025,
            projects_target=20,
            capital_target_vnd=2_150_000_000_000,
            decision_vi="Nghị quyết số 16-NQ/TU",
            decision_en="Resolution 16-NQ/TU",
            verified_on=VERIFIED,
        ),
        InvestmentTarget.objects.create(
            title_vi="Năm 2022",
            title_en="Year 2022",
            start_year=2022,
            end_year=2022,
            projects_target=3,
            capital_target_vnd=500_000_000_000,
            decision_vi="Kế hoạch xúc tiến đầu tư năm 2022",
            decision_en="Investment promotion plan 2022",
            verified_on=VERIFIED,
        ),
    ]


@batched()
def build_all(scale=1):

    park = build_park(scale=scale)
    projects = build_projects(scale=scale)
    targets = build_targets()
    return park, projects, targets
