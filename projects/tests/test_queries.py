"""Query counts of every page that shows projects, pinned: the same with ten times the projects."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.i18n import default_language, language_codes
from parks.models import Sector
from projects.models import Project
from projects.tests.builders import build_all

# Pinned: a page that grows a query per project fails here; a deliberate change updates the number.
# Each count includes the layout's own queries (the menu's pages, the park for the footer). The directory:
# sectors, phases and countries for the filter form, the count, the page's rows, the statistics.
VIETNAMESE = {
    "directory": 8,
    "directory filtered, page 2": 8,
    "directory with bad values": 8,
    "project": 3,
    "targets": 3,
    "csv": 4,
    "json": 4,
    "home": 9,
    "park overview": 7,
    "sector": 7,
    "plot": 8,
}
# In a target language a page about one object also asks whether its translation is current (portal).
OBJECT_PAGES = {"project", "park overview", "sector", "plot"}
EXPECTED_QUERIES = {
    "vi": VIETNAMESE,
    "en": {name: count + (name in OBJECT_PAGES) for name, count in VIETNAMESE.items()},
}


def named_urls():
    operating = Project.objects.operating().exclude(plot=None).exclude(sector=None).order_by("pk").last()
    sector = Sector.objects.filter(projects__isnull=False).order_by("pk").last()
    return {
        "directory": reverse("projects:list"),
        "directory filtered, page 2": reverse("projects:list") + "?status=operating&sort=workers&page=2",
        "directory with bad values": reverse("projects:list") + "?sector=khong-co&country=ZZ&page=abc",
        "project": operating.get_absolute_url(),
        "targets": reverse("projects:targets"),
        "csv": reverse("projects:export_csv") + "?status=operating",
        "json": reverse("projects:export_json") + "?country=VN&sort=capital",
        "home": reverse("portal:home"),
        "park overview": reverse("portal:park"),
        "sector": sector.get_absolute_url(),
        "plot": operating.plot.get_absolute_url(),
    }


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture(scope="module")
def _module_projects_at_scale(module_data, scale):
    with module_data.built(lambda: [project.pk for project in build_all(scale=scale)[1]]) as projects:
        yield projects


@pytest.fixture
def scaled_projects(_module_projects_at_scale, scale, db):
    """build_all(scale)'s projects, built once per module and scale where the tests do not commit (they only read
    them)."""
    if _module_projects_at_scale is None:
        return build_all(scale=scale)[1]
    return list(Project.objects.filter(pk__in=_module_projects_at_scale).order_by("pk"))


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("scale", [1, 10], scope="module")
def test_query_counts_do_not_grow_with_the_projects(client, scaled_projects, scale, language):
    assert len(scaled_projects) == 8 * scale
    with translation.override(language):
        counts = {name: query_count(client, url) for name, url in named_urls().items()}
    # Every target language costs what English does.
    assert counts == EXPECTED_QUERIES[language if language == default_language() else "en"]
