"""In Chromium: an investor who finds nothing sets up a plot alert from the finder, confirms it from the email, and
after the Board marks a plot available in the admin, the next daily run mails them, once."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from alerts.models import Subscription
from alerts.services import run_daily
from core.roles import BOARD_ADMINISTRATOR
from parks.models import Phase, Plot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_an_investor_subscribes_confirms_and_hears_of_a_plot_once(page, live_server, park, django_user_model):
    phase = Phase.objects.get(name_en="Phase II")
    Plot.objects.filter(zone__phase=phase).exclude(status=Plot.Status.LEASED).update(status=Plot.Status.RESERVED)
    run_daily(now=timezone.now() - timezone.timedelta(days=1))  # last night's run

    # Nothing available in Phase II: the finder offers an alert with the same filters.
    page.goto(f"{live_server.url}/en/park/plots/?min_area=10000&phase={phase.pk}&status=available")
    assert page.get_by_role("heading", name="0 plots found").is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="Email me when a plot like this comes up").click()
    form = page.locator("form.alert-form")
    assert form.get_by_label("Minimum area (m²)").input_value() == "10000"
    assert form.get_by_label("Phase").input_value() == str(phase.pk)
    assert form.get_by_label("Available plots only").is_checked()
    form.get_by_label("Email", exact=True).fill("sato@example.jp")
    form.get_by_label("English").check()
    form.get_by_label("I agree that the Board keeps my email address").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Send me plot alerts").click()
    assert page.get_by_role("heading", name="Check your inbox").is_visible()
    assert "sato@example.jp" in page.locator("main").inner_text()

    # The confirmation, read from the outbox; the link opens a page with one button.
    [confirmation] = mail.outbox
    link = re.search(r"http://\S+/en/alerts/confirm/\S+/", confirmation.body).group(0)
    page.goto(live_server.url + link.split("8000", 1)[1])
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm the alert").click()
    assert page.get_by_role("heading", name="Your plot alert is on").is_visible()
    assert Subscription.objects.get().confirmed_at is not None

    # A board administrator marks a plot available in the admin.
    administrator = django_user_model.objects.create_user("officer", password="a-long-test-password", is_staff=True)
    administrator.groups.add(Group.objects.get(name=BOARD_ADMINISTRATOR))
    session = Client()
    session.force_login(administrator)  # the password and the second factor (conftest)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    plot = Plot.objects.get(code="P2-1-1")
    page.goto(f"{live_server.url}/vi/admin/parks/plot/{plot.pk}/change/")
    page.locator("#id_status").select_option("available")
    with page.expect_navigation():
        page.locator("input[name=_save]").click()
    assert page.locator(".messagelist .success").count() == 1
    plot.refresh_from_db()
    assert plot.status == Plot.Status.AVAILABLE

    # Tonight's run mails the investor, in English, once.
    call_command("send_plot_alerts", verbosity=0)
    call_command("send_plot_alerts", verbosity=0)
    assert [message.to for message in mail.outbox] == [["sato@example.jp"], ["sato@example.jp"]]
    alert = mail.outbox[1]
    assert "Plot P2-1-1 · Phase II · 10,001 m² · Available" in alert.body and "Now available" in alert.body
    assert f"{settings.SITE_URL}/en/park/plots/P2-1-1/" in alert.body
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert page.problems == []
