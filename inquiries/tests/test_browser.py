"""In Chromium: an investor filters plots, opens one from the plan, asks about it; the officer finds it in the admin."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from core.roles import INVESTMENT_OFFICER
from inquiries.models import Inquiry
from parks.models import Phase, Plot
from parks.tests.conftest import draw_park

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_investor_finds_a_plot_asks_about_it_and_the_officer_sees_it(page, live_server, park, django_user_model):  # noqa: F811
    draw_park()
    phase = Phase.objects.get(name_en="Phase II")
    plot = Plot.objects.get(code="P2-1-0")

    # The investor filters the plots.
    page.goto(f"{live_server.url}/en/")
    with page.expect_navigation():
        page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Find land").click()
    filters = page.get_by_role("search")
    filters.get_by_label("Minimum area (m²)").fill("5000")
    filters.get_by_label("Phase").select_option(label="Phase II")
    filters.get_by_label("Status").select_option("available")
    filters.get_by_label("Sort by").select_option("-area")
    with page.expect_navigation():
        filters.get_by_role("button", name="Show plots").click()
    query = parse_qs(urlsplit(page.url).query)
    assert query["min_area"] == ["5000"] and query["phase"] == [str(phase.pk)]
    assert query["status"] == ["available"] and query["sort"] == ["-area"]
    assert page.get_by_role("heading", name="2 plots found").is_visible()
    rows = page.locator("table.data tbody tr th a")
    assert rows.all_inner_texts() == ["P2-0-0", "P2-1-0"]

    # On the plan, the results are links a screen reader can name; the keyboard opens one.
    plan = page.get_by_role("group", name="Master plan of Phase II")
    link = plan.get_by_role("link", name="Plot P2-1-0, 10,000 m², available")
    assert plan.get_by_role("link").count() == 2
    link.focus()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Plot P2-1-0, 10,000 m², available"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_server.url}/en/park/plots/P2-1-0/"
    assert page.locator("h1").inner_text() == "Plot P2-1-0"

    # The investor asks about this plot.
    with page.expect_navigation():
        page.get_by_role("link", name="Ask the Board about this plot").click()
    assert page.locator("h1").inner_text() == "Ask about plot P2-1-0"
    form = page.locator("form.inquiry-form")
    form.get_by_label("Company").fill("Kanto Seimitsu Co., Ltd.")
    form.get_by_label("Contact person").fill("Sato Hanako")
    form.get_by_label("Email").fill("sato@example.jp")
    form.get_by_label("Phone").fill("+81 3 1234 5678")
    form.get_by_label("Country").fill("Japan")
    form.get_by_label("English").check()
    form.get_by_label("Timeline").select_option("6_months")
    form.get_by_label("Your message").fill("We would like to visit the plot in May.")
    form.get_by_label("I agree that the Board processes these details").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Send the inquiry").click()
    inquiry = Inquiry.objects.get()
    assert page.url == f"{live_server.url}/en/contact/inquiry/sent/"
    assert inquiry.reference in page.locator("main").inner_text()
    assert inquiry.plot == plot
    assert inquiry.land_needed_m2 == plot.area_m2  # filled in from the plot
    assert [message.to for message in mail.outbox] == [["sato@example.jp"], ["board@example.com"]]
    plot.refresh_from_db()
    assert plot.status == Plot.Status.AVAILABLE
    assert page.problems == []

    # The investment officer finds it in the admin, linked to the plot.
    officer = django_user_model.objects.create_user("officer", password="a-long-test-password", is_staff=True)
    officer.groups.add(Group.objects.get(name=INVESTMENT_OFFICER))
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/vi/admin/login/")
    page.fill("#id_username", "officer")
    page.fill("#id_password", "a-long-test-password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    page.goto(f"{live_server.url}/vi/admin/inquiries/inquiry/")
    row = page.locator("#result_list tbody tr", has_text="Kanto Seimitsu Co., Ltd.")
    assert row.count() == 1
    assert row.get_by_role("link", name="P2-1-0").get_attribute("href") == f"/vi/admin/parks/plot/{plot.pk}/change/"
    with page.expect_navigation():
        row.get_by_role("link", name=inquiry.reference).click()
    assert "P2-1-0" in page.locator(".field-plot").inner_text()
    assert page.problems == []
