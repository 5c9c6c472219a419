"""The projects directory's page numbers, over three pages of projects built once for the module."""

import pytest

from projects.models import Investor
from projects.tests.builders import make_project
from projects.tests.test_views import LANGUAGES, card_names, document_of, get, notices

pytestmark = pytest.mark.django_db


def build_three_pages():
    """45 projects of one investor: pages of 20, 20 and 5."""
    investor = Investor.objects.create(name_vi="Công ty D")
    for index in range(45):
        make_project(investor, name_vi=f"Dự án {index:02d}")
    return True


@pytest.fixture(scope="module")
def _module_three_pages(_module_park, module_data):
    return module_data.build(build_three_pages)


@pytest.fixture
def three_pages(park, _module_three_pages):
    """The 45 projects on the test park, built once per module where the tests do not commit."""
    if _module_three_pages is None:
        build_three_pages()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("page", "shown"),
    [("abc", "first"), ("0", "first"), ("-3", "first"), ("2", "second"), ("99999", "last"), ("9" * 5000, "first")],
)
def test_a_bad_page_number_gives_a_page_with_a_note_never_an_error(client, three_pages, language, page, shown):
    response = get(client, language, "projects:list", {"page": page})
    assert response.status_code == 200
    first_name = {"first": "Dự án 00", "second": "Dự án 20", "last": "Dự án 40"}[shown]
    assert card_names(response)[0] == first_name
    if shown == "second":
        assert notices(response) == []
    else:
        assert len(notices(response)) == 1
        assert document_of(response).find("meta", name="robots").attrs["content"] == "noindex"
