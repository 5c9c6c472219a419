import pytest

from projects.models import Investor, Project
from projects.tests.builders import build_projects, build_targets


@pytest.fixture(scope="module")
def _module_projects(_module_park, module_data):
    return module_data.build(lambda: [project.pk for project in build_projects()])


@pytest.fixture
def projects(park, _module_projects):
    """The test projects (build_projects) on the test park, built once per module where the tests do not commit."""
    if _module_projects is None:
        return build_projects()
    found = Project.objects.in_bulk(_module_projects)
    return [found[pk] for pk in _module_projects]


@pytest.fixture
def no_projects(park):
    """The test park with no project on it, for a test that makes its own (the module's are back after it)."""
    Project.objects.all().delete()
    Investor.objects.all().delete()


@pytest.fixture
def targets(db):
    return build_targets()
