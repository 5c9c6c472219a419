"""The demo projects multiplied, for measuring at a larger size (`manage.py load_demo --scale N`): N - 1 copies
of every demo investor and project, each project on the copy of its plot (parks.demo_scale makes those)."""

from django.db import transaction

from core.demo import Tally, copied_values, copy_key, is_copy, remove_copies_beyond, upsert
from parks.models import Plot
from projects.models import Investor, Project


def remove_project_copies(factor):
    """The copies of projects and investors numbered above `factor`, deleted (before the plots they stand on)."""
    tally = Tally()
    with transaction.atomic():
        remove_copies_beyond(tally, Project.objects.all(), "name_vi", factor)
        remove_copies_beyond(tally, Investor.objects.all(), "name_vi", factor)
    return tally.counts()


def scale_demo_projects(factor):
    tally = Tally()
    with transaction.atomic():
        investors = [investor for investor in Investor.objects.order_by("pk") if not is_copy(investor.name_vi)]
        projects = [project for project in Project.objects.order_by("pk") if not is_copy(project.name_vi)]
        for number in range(2, factor + 1):
            copies = {}
            for investor in investors:
                values = copied_values(investor, exclude=("name_vi", "logo", "logo_renditions"))
                copies[investor.pk] = upsert(tally, Investor, {"name_vi": copy_key(investor.name_vi, number)}, values)
            for project in projects:
                # The sort keys are made from the copy's own name when it is saved.
                values = copied_values(project, exclude=("name_vi", "investor_id", "plot_id", "sort_keys"))
                values["investor_id"] = copies[project.investor_id].pk
                if project.plot_id is not None:
                    values["plot_id"] = Plot.objects.get(code=copy_key(project.plot.code, number)).pk
                upsert(tally, Project, {"name_vi": copy_key(project.name_vi, number)}, values)
    return tally.counts()
