"""The admin home per role, and figures that show their age: past FIGURE_MAX_AGE_MONTHS a figure's public mark says
"to be confirmed with the Board" and the administrators' dashboard lists it with a link to fix it."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation

from conftest import build_park
from core.freshness import months_before
from core.roles import BOARD_ADMINISTRATOR, EDITOR, INVESTMENT_OFFICER, TRANSLATOR
from core.testing import parse, query_count
from inquiries.models import Inquiry
from news.models import Category, Post
from news.tests.conftest import make_post
from parks.models import Phase, Plot

pytestmark = pytest.mark.django_db


def staff(django_user_model, role, name=None):
    user = django_user_model.objects.create_user(name or role[:8], password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def home(client, language="en"):
    response = client.get(f"/{language}/admin/")
    assert response.status_code == 200
    return response, parse(response.content)


def inquiry(days_ago, company="Kanto Seimitsu"):
    made = Inquiry.objects.create(
        company=company,
        contact_name="Sato",
        email="sato@example.jp",
        phone="+81 3 1234 5678",
        country="Japan",
        timeline="6_months",
        message="Hello",
    )
    Inquiry.objects.filter(pk=made.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return made


def test_the_month_arithmetic():
    assert months_before(date(2026, 11, 29), 12) == date(2025, 11, 29)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_an_overdue_figure_is_marked_on_the_public_page_and_listed_on_the_dashboard(client, park, django_user_model):
    phase = Phase.objects.get(name_en="Phase II")
    current = Phase.objects.get(name_en="Phase I")
    phase.verified_on = months_before(timezone.localdate(), 12) - timedelta(days=1)
    phase.save()
    with translation.override("en"):
        overdue_page = parse(client.get(phase.get_absolute_url()).content)
        current_page = parse(client.get(current.get_absolute_url()).content)
    mark = overdue_page.find("p", class_="verified")
    assert "to be confirmed with the Board" in mark.text() and phase.verified_on.strftime("%Y") in mark.text()
    assert current_page.find("span", class_="to-confirm") is None
    with translation.override("vi"):
        vietnamese = client.get(phase.get_absolute_url()).content.decode()
    assert "cần xác nhận lại với Ban Quản lý" in vietnamese

    _response, html = home(staff(django_user_model, BOARD_ADMINISTRATOR))
    rows = html.find("section", id="panel-figures").find_all("tr")
    assert [(row.find("a").text(), row.find("a").attrs["href"]) for row in rows] == [
        ("Phase II", f"/en/admin/parks/phase/{phase.pk}/change/")
    ]


def test_the_age_limit_is_a_setting(client, park, settings, django_user_model):
    settings.FIGURE_MAX_AGE_MONTHS = 1  # the test park was verified on 1 October 2026
    plot = Plot.objects.get(code="P2-0-0")
    with translation.override("en"):
        page = client.get(plot.get_absolute_url()).content.decode()
    assert "to be confirmed with the Board" in page
    _response, html = home(staff(django_user_model, BOARD_ADMINISTRATOR))
    links = [link.attrs["href"] for link in html.find("section", id="panel-figures").find_all("a")]
    assert f"/en/admin/parks/plot/{plot.pk}/change/" in links and f"/en/admin/parks/park/{park.pk}/change/" in links
    # Every plot, the park, 3 phases, 5 incentives, 5 infrastructure items and 5 connections.
    assert len(links) == Plot.objects.count() + 1 + 3 + 5 + 5 + 5


def test_each_role_sees_its_panels(park, django_user_model):
    inquiry(days_ago=0, company="Fresh Co")
    inquiry(days_ago=5, company="Waiting Co")
    category = Category.objects.create(name_vi="Tin", name_en="News")
    make_post(category, "Bản nháp", status=Post.Status.DRAFT)
    make_post(category, "Sắp đăng", publish_at=timezone.now() + timedelta(days=3))

    _response, officer = home(staff(django_user_model, INVESTMENT_OFFICER))
    panel = officer.find("section", id="panel-inquiries")
    assert "2 new" in " ".join(panel.text().split()) and "1 waiting more than 2 days" in panel.text()
    assert [row.find("th").text().startswith("TB-") for row in panel.find_all("tr")] == [True, True]
    assert "overdue" in panel.find("tr", class_="dashboard-overdue-row").text()
    assert {section.attrs["id"] for section in officer.find_all("section", class_="dashboard-panel")} == {
        "panel-inquiries"
    }

    _response, editor = home(staff(django_user_model, EDITOR))
    news = editor.find("section", id="panel-news").text()
    assert "Bản nháp" in news and "Sắp đăng" in news
    assert {section.attrs["id"] for section in editor.find_all("section", class_="dashboard-panel")} == {"panel-news"}

    _response, translator = home(staff(django_user_model, TRANSLATOR))
    assert {section.attrs["id"] for section in translator.find_all("section", class_="dashboard-panel")} == {
        "panel-translations"
    }
    assert translator.find("section", id="panel-translations").find("th", scope="row").text() == "en"

    _response, administrator = home(staff(django_user_model, BOARD_ADMINISTRATOR))
    assert {section.attrs["id"] for section in administrator.find_all("section", class_="dashboard-panel")} == {
        "panel-inquiries",
        "panel-news",
        "panel-figures",
        "panel-availability",
        "panel-translations",
    }
    availability = administrator.find("section", id="panel-availability").find("tbody").find_all("tr")
    # Each phase of the test park: 2 zones × 3 plots, one of each status per zone.
    assert [[cell.text() for cell in row.find_all("td")] for row in availability] == [["2", "2", "2", "6"]] * 3


def test_the_admin_wears_the_parks_name_and_colours(django_user_model, park):
    response, html = home(staff(django_user_model, EDITOR))
    assert "Thanh Binh Industrial Park" in html.find("div", id="site-name").text()
    assert any(link.attrs.get("href", "").endswith("portal/admin.css") for link in html.find_all("link"))
    _response, vietnamese = home(staff(django_user_model, EDITOR, "editor2"), "vi")
    assert "Khu công nghiệp Thanh Bình" in vietnamese.find("div", id="site-name").text()
    # Still the stock admin: its own stylesheet, app list and log-out form.
    assert any(link.attrs.get("href", "").endswith("admin/css/base.css") for link in html.find_all("link"))
    assert html.find("div", id="content-main") is not None and html.find("form", id="logout-form") is not None


@pytest.mark.parametrize("scale", [1, 10])
def test_the_dashboard_takes_as_many_queries_at_any_amount_of_data(empty_site, scale, django_user_model, settings):
    build_park(scale=scale)
    settings.FIGURE_MAX_AGE_MONTHS = 1  # every figure overdue: the longest list
    for number in range(3 * scale):
        inquiry(days_ago=number)
    category = Category.objects.create(name_vi="Tin", name_en="News")
    for number in range(3 * scale):
        make_post(category, f"Nháp {number}", status=Post.Status.DRAFT)
    client = staff(django_user_model, BOARD_ADMINISTRATOR)
    count = query_count(client, "/en/admin/")
    # Session, user, roles and device; the five panels (translation status: two queries per translated model).
    assert count == 54
