"""The project directory in Chromium: the filter form builds a shareable address; the page fits a phone."""

from urllib.parse import parse_qs, urlsplit

import pytest

from projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page_at(browser, live_server):
    contexts = []

    def open_page(width):
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.problems = []
        live_host = urlsplit(live_server.url).netloc
        page.on(
            "request",
            lambda request: (
                urlsplit(request.url).netloc not in ("", live_host)
                and request.url.startswith("http")
                and page.problems.append(f"request to another host: {request.url}")
            ),
        )
        page.on("response", lambda response: response.status >= 400 and page.problems.append(f"{response.status}"))
        page.on("pageerror", lambda error: page.problems.append(f"script error: {error}"))
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_filters_make_a_shareable_address(page_at, live_server, projects):
    page = page_at(1280)
    page.goto(f"{live_server.url}/en/projects/")
    page.get_by_label("Status").select_option("operating")
    page.get_by_label("Investor's country").select_option("JP")
    page.get_by_label("Sort by").select_option("capital")
    with page.expect_navigation():
        page.get_by_role("button", name="Show projects").click()

    query = parse_qs(urlsplit(page.url).query)
    assert query["status"] == ["operating"] and query["country"] == ["JP"] and query["sort"] == ["capital"]
    shown = page.locator(".project-card h2").all_inner_texts()
    expected = Project.objects.filter(status="operating", investor__country="JP").order_by("-capital_vnd")
    assert shown == [project.name_en or project.name_vi for project in expected]
    assert shown

    # The same address in a new tab gives the same list: the state is the address.
    other = page_at(1280)
    other.goto(page.url)
    assert other.locator(".project-card h2").all_inner_texts() == shown
    assert other.get_by_label("Status").input_value() == "operating"
    assert page.problems == [] and other.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_directory_and_targets_fit_the_screen(page_at, live_server, projects, targets, width):
    page = page_at(width)
    for path in ["/vi/projects/", "/vi/targets/", Project.objects.first().get_absolute_url()]:
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, width, overflow)
    assert page.problems == []
