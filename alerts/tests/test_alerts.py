"""Plot alerts: subscribe, confirm (double opt-in), the daily run mails each change once, unsubscribe by link or
by the mail client's one-click request; bad links, floods and spam are refused with a clear page."""

import re
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from alerts.models import AlertEmail, AlertRun, PlotChange, Subscription
from alerts.services import confirmation_token, run_daily, unsubscribe_token
from core.roles import BOARD_ADMINISTRATOR, INVESTMENT_OFFICER
from parks.models import Phase, Plot, Sector

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"http://127\.0\.0\.1:8000(/\w+/alerts/confirm/[^/\s]+/)")
UNSUBSCRIBE_LINK = re.compile(r"http://127\.0\.0\.1:8000(/\w+/alerts/unsubscribe/[^/\s]+/)")


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def form(**values):
    phase = Phase.objects.get(name_en="Phase II")
    return {
        "email": "sato@example.jp",
        "language": "en",
        "min_area": "10 000",
        "max_area": "",
        "phase": str(phase.pk),
        "sector": "",
        "available_only": "on",
        "consent": "on",
        "website": "",
        **values,
    }


def subscribe(client, language="en", **values):
    with translation.override(language):
        url = reverse("alerts:subscribe")
    response = client.post(url, form(language=language, **values))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Subscription.objects.get(email=values.get("email", "sato@example.jp"))


def confirm_from_email(client, message):
    path = CONFIRM_LINK.search(message.body).group(1)
    page = client.get(path)
    assert page.status_code == 200 and b"Confirm" in page.content or "Xác nhận" in page.content.decode()
    response = client.post(path)
    assert response.status_code == 200
    return response


def baseline():
    """Last night's run: the first ever only takes the snapshots."""
    assert run_daily(now=timezone.now() - timedelta(days=1)) == (0, 0)


def mark_available(code):
    plot = Plot.objects.get(code=code)
    plot.status = Plot.Status.AVAILABLE
    plot.save()
    return plot


def test_subscribe_confirm_and_one_email_a_day_in_the_subscribers_language(client, park):
    baseline()
    subscription = subscribe(client)
    assert subscription.confirmed_at is None and subscription.consented_at is not None
    [confirmation] = mail.outbox
    assert confirmation.to == ["sato@example.jp"] and confirmation.subject.startswith("Confirm your plot alert")
    assert "at least 10,000 m²" in confirmation.body and "Phase II" in confirmation.body
    confirm_from_email(client, confirmation)
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None

    # Nothing changed yet: no email.
    call_command("send_plot_alerts", verbosity=0)
    assert len(mail.outbox) == 1

    # The Board marks a reserved plot of Phase II available (10,001 m²); one of Phase I too (outside the criteria).
    mark_available("P2-0-1")
    mark_available("P0-0-1")
    call_command("send_plot_alerts", verbosity=0)
    assert len(mail.outbox) == 2
    alert = mail.outbox[1]
    assert alert.to == ["sato@example.jp"]
    assert alert.subject == "Plot alert: 1 plot for you · Thanh Binh IP"
    assert alert.extra_headers["Content-Language"] == "en"
    assert "Plot P2-0-1 · Phase II · 10,001 m² · Available" in alert.body
    assert "  - Now available\n" in alert.body
    assert "http://127.0.0.1:8000/en/park/plots/P2-0-1/" in alert.body
    assert "P0-0-1" not in alert.body
    unsubscribe_path = UNSUBSCRIBE_LINK.search(alert.body).group(1)
    assert alert.extra_headers["List-Unsubscribe"] == f"<http://127.0.0.1:8000{unsubscribe_path}>"
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Run twice: nothing is sent twice.
    call_command("send_plot_alerts", verbosity=0)
    assert len(mail.outbox) == 2

    # A price change the same day waits for tomorrow's email.
    plot = Plot.objects.get(code="P2-0-1")
    plot.lease_price = Decimal("45000")
    plot.save()
    call_command("send_plot_alerts", verbosity=0)
    assert len(mail.outbox) == 2
    assert run_daily(now=timezone.now() + timedelta(days=1)) == (0, 1)
    tomorrow = mail.outbox[2]
    assert "  - New lease price: 45,000 VND/m²/year\n" in tomorrow.body
    assert AlertEmail.objects.filter(subscription=subscription).count() == 2


def test_a_vietnamese_subscriber_gets_vietnamese_emails(client, park):
    baseline()
    subscribe(client, language="vi", email="nguyen@example.vn")
    [confirmation] = mail.outbox
    assert confirmation.subject.startswith("Xác nhận") and "/vi/alerts/confirm/" in confirmation.body
    confirm_from_email(client, confirmation)
    mark_available("P2-1-1")
    call_command("send_plot_alerts", verbosity=0)
    alert = mail.outbox[1]
    assert alert.extra_headers["Content-Language"] == "vi"
    assert "Lô đất P2-1-1" in alert.body and "Còn trống" in alert.body
    assert "http://127.0.0.1:8000/vi/park/plots/P2-1-1/" in alert.body
    assert "10.001 m²" in alert.body


def test_criteria_decide_who_hears_of_a_plot(client, park):
    baseline()
    sector = Sector.objects.order_by("order")[3]  # not among the test plots' allowed sectors
    subscribe(client, email="any@example.com", min_area="", phase="", available_only="")
    subscribe(client, email="sector@example.com", min_area="", phase="", sector=str(sector.pk))
    subscribe(client, email="large@example.com", min_area="20000", phase="")
    for message in list(mail.outbox):
        confirm_from_email(client, message)
    mail.outbox.clear()
    plot = mark_available("P1-0-2")
    plot.allowed_sectors.set([])  # open to any sector now
    call_command("send_plot_alerts", verbosity=0)
    assert sorted(message.to[0] for message in mail.outbox) == ["any@example.com", "sector@example.com"]
    # A new plot: every subscriber it fits hears of it; one who asked for available plots only not of a leased one.
    mail.outbox.clear()
    zone = Plot.objects.get(code="P0-0-0").zone
    Plot.objects.create(zone=zone, code="NEW-1", area_m2=30000, status=Plot.Status.LEASED, verified_on=plot.verified_on)
    run_daily(now=timezone.now() + timedelta(days=1))
    assert [message.to[0] for message in mail.outbox] == ["any@example.com"]
    assert "New on the portal" in mail.outbox[0].body


def test_an_unconfirmed_subscription_gets_nothing(client, park):
    baseline()
    subscribe(client)
    mark_available("P2-0-1")
    call_command("send_plot_alerts", verbosity=0)
    assert len(mail.outbox) == 1  # the confirmation only
    assert PlotChange.objects.filter(kind=PlotChange.Kind.AVAILABLE).count() == 1


def test_the_first_run_only_takes_the_snapshots(park):
    assert not AlertRun.objects.exists()
    assert run_daily() == (0, 0)
    assert PlotChange.objects.count() == 0


def test_unsubscribe_from_the_link_in_the_email(client, park):
    baseline()
    subscription = subscribe(client)
    confirm_from_email(client, mail.outbox[0])
    path = reverse("alerts:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    page = client.get(path)
    assert page.status_code == 200 and b"Stop the alerts" in page.content
    assert Subscription.objects.filter(pk=subscription.pk).exists()  # a visit stops nothing
    response = client.post(path)
    assert response.status_code == 200 and b"Plot alerts stopped" in response.content
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    again = client.get(path)
    assert again.status_code == 200 and b"already been stopped" in again.content


def test_unsubscribe_by_the_mail_clients_one_click_request(park):
    subscription = subscribe(Client())
    client = Client(enforce_csrf_checks=True)
    path = reverse("alerts:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    # RFC 8058: a POST with this body and no cookie or token of the site.
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


@pytest.mark.parametrize("name", ["alerts:confirm", "alerts:unsubscribe"])
@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token.split(":")[0],
        lambda token: "0" * 32 + ":" + token.split(":", 1)[1],
        lambda token: "' OR 1=1 --<script>",
    ],
)
def test_a_forged_link_is_refused_with_a_clear_page(client, park, name, forge):
    subscription = subscribe(client)
    token = confirmation_token(subscription) if name == "alerts:confirm" else unsubscribe_token(subscription)
    with translation.override("en"):
        path = reverse(name, kwargs={"token": forge(token)})
    for response in (client.get(path), client.post(path)):
        assert response.status_code == 400
        assert b"This link is not valid" in response.content
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None


def test_an_expired_confirmation_link_is_refused_and_the_request_deleted(client, park, settings):
    settings.ALERT_CONFIRMATION_HOURS = 48
    subscription = subscribe(client)
    with translation.override("en"):
        path = reverse("alerts:confirm", kwargs={"token": confirmation_token(subscription)})
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        response = client.post(path)
        assert response.status_code == 410 and b"This link has expired" in response.content
        assert Subscription.objects.get(pk=subscription.pk).confirmed_at is None
        call_command("expire_alert_subscriptions", verbosity=0)
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_retention_job_deletes_unconfirmed_requests_only(client, park, settings):
    settings.ALERT_CONFIRMATION_HOURS = 48
    waiting = subscribe(client, email="waiting@example.com")
    active = subscribe(client, email="active@example.com")
    confirm_from_email(client, mail.outbox[1])
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        call_command("expire_alert_subscriptions", verbosity=0)
    assert list(Subscription.objects.values_list("pk", flat=True)) == [active.pk]
    path = reverse("alerts:confirm", kwargs={"token": confirmation_token(waiting)})
    response = client.get(path)
    assert response.status_code == 410 and "This link has expired" in response.content.decode()


@pytest.mark.parametrize(
    "values, field, message",
    [
        ({"consent": ""}, "consent", "Tick the box to agree"),
        ({"email": "not-an-address"}, "email", "Enter a valid email address"),
        ({"min_area": "-5"}, "min_area", "Enter the area as a whole number"),
        ({"min_area": "50000", "max_area": "100"}, "max_area", "The maximum area is smaller"),
        ({"phase": "99999"}, "phase", "There is no such phase."),
        ({"language": "xx"}, "language", "Choose one of the languages listed."),
    ],
)
def test_bad_input_is_a_form_error_and_saves_nothing(client, park, values, field, message):
    with translation.override("en"):
        response = client.post(reverse("alerts:subscribe"), form(**values))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscription.objects.exists() and mail.outbox == []


def test_the_honeypot_and_the_limits_save_nothing(client, park, settings):
    with translation.override("en"):
        url = reverse("alerts:subscribe")
    assert client.post(url, form(website="http://spam.example")).status_code == 400
    settings.ALERT_RATE_LIMIT = 2
    for number in range(2):
        assert client.post(url, form(email=f"a{number}@example.com")).status_code == 302
    refused = client.post(url, form(email="a9@example.com"))
    assert refused.status_code == 429 and b"Too many alert requests" in refused.content
    assert Subscription.objects.count() == 2
    # Another address, same recipient: one inbox cannot be flooded with confirmation requests either.
    cache.clear()
    other = Client(REMOTE_ADDR="203.0.113.9")
    for _attempt in range(2):
        other.post(url, form(email="victim@example.com"))
    third = Client(REMOTE_ADDR="198.51.100.7").post(url, form(email="victim@example.com"))
    assert third.status_code == 429
    settings.ALERT_RATE_LIMIT, settings.ALERT_GLOBAL_LIMIT = 100, 1
    cache.clear()
    assert Client(REMOTE_ADDR="192.0.2.1").post(url, form(email="b1@example.com")).status_code == 302
    assert Client(REMOTE_ADDR="192.0.2.2").post(url, form(email="b2@example.com")).status_code == 429


def test_the_finder_offers_an_alert_with_its_filters(client, park):
    phase = Phase.objects.get(name_en="Phase II")
    with translation.override("en"):
        finder = client.get(reverse("parks:finder"), {"min_area": "5000", "phase": phase.pk, "sort": "-area"})
    link = re.search(r'href="(/en/alerts/\?[^"]+)"', finder.content.decode()).group(1).replace("&amp;", "&")
    assert urlsplit(link).query == f"min_area=5000&phase={phase.pk}"
    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="min_area" value="5000"' in html and f'<option value="{phase.pk}" selected>' in html


def test_the_board_sees_the_demand_and_no_address(client, park, django_user_model):
    baseline()
    for email in ("one@example.com", "two@example.com"):
        subscribe(client, email=email)
    confirm_from_email(client, mail.outbox[0])
    for role in (BOARD_ADMINISTRATOR, INVESTMENT_OFFICER):
        user = django_user_model.objects.create_user(f"user-{role[:5]}", password="x" * 12, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        staff = Client()
        staff.force_login(user)
        with translation.override("en"):
            page = staff.get(reverse("admin:alerts_subscription_changelist"))
        html = page.content.decode()
        assert page.status_code == 200
        assert "1 active plot alerts; 1 waiting for their confirmation" in html
        assert "@example.com" not in html
        assert re.search(r"Phase II</th><td class=\"num\">1<", html)
    # No page for one subscription, and no action that could mail them.
    with pytest.raises(NoReverseMatch):
        reverse("admin:alerts_subscription_change", args=[1])
