import pytest

from projects.tests.builders import build_projects, build_targets


@pytest.fixture
def projects(park):
    return build_projects()


@pytest.fixture
def targets(db):
    return build_targets()
