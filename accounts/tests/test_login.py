"""Staff log-in under attack: guessed passwords, forged admin requests without the second factor, password reset."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.testing import current_code, enrolled_device
from core.roles import BOARD_ADMINISTRATOR, EDITOR

PASSWORD = "a-long-test-password"
LOGIN = "/vi/admin/login/"


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.com", PASSWORD)


def member(django_user_model, username, role, **fields):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", PASSWORD, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(client, username, password, address="198.51.100.7", url=LOGIN):
    return client.post(url, {"username": username, "password": password, "next": "/vi/admin/"}, REMOTE_ADDR=address)


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "words"), [(LOGIN, "Đăng nhập bị khóa"), ("/en/admin/login/", "Log-in locked")])
def test_the_31st_login_is_refused_even_with_the_right_password(client, boss, settings, url, words):
    statuses = [log_in(client, "boss", "wrong-guess-0000", url=url).status_code for _attempt in range(30)]
    response = log_in(client, "boss", PASSWORD, url=url)
    assert response.status_code == 429
    assert words in response.content.decode()
    assert not logged_in(client)
    # The lockout starts at the limit, not at 30.
    limit = settings.AXES_FAILURE_LIMIT
    assert set(statuses[: limit - 1]) == {200} and set(statuses[limit:]) == {429}


@pytest.mark.django_db
def test_below_the_limit_the_right_password_still_works(client, boss, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "boss", "wrong-guess-0000").status_code == 200
    assert log_in(client, "boss", PASSWORD).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_the_account_is_locked_whatever_address_the_guesses_come_from(client, boss, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "boss", "wrong-guess-0000", address=f"203.0.113.{number + 1}")
    assert log_in(client, "boss", PASSWORD, address="192.0.2.200").status_code == 429
    assert not logged_in(client)


@pytest.mark.django_db
def test_an_address_that_guesses_many_accounts_is_locked_out_of_all(client, boss, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"guess{number}", "wrong-guess-0000", address="203.0.113.9")
    assert log_in(client, "boss", PASSWORD, address="203.0.113.9").status_code == 429
    # Another address is not affected.
    assert log_in(client, "boss", PASSWORD, address="203.0.113.10").status_code == 302


@pytest.mark.django_db
def test_ipv6_addresses_of_one_64_block_count_as_one(client, boss, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"guess{number}", "wrong-guess-0000", address=f"2001:db8:7:7::{number + 1:x}")
    assert log_in(client, "boss", PASSWORD, address="2001:db8:7:7:ffff::1").status_code == 429
    assert log_in(client, "boss", PASSWORD, address="2001:db8:7:8::1").status_code == 302


@pytest.mark.django_db
def test_an_administrator_unlocks_with_the_command(client, boss, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "boss", "wrong-guess-0000")
    assert log_in(client, "boss", PASSWORD).status_code == 429
    call_command("axes_reset_username", "boss")
    assert log_in(client, "boss", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_board_administrator_unlocks_in_the_admin(client, boss, django_user_model, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "boss", "wrong-guess-0000", address="203.0.113.50")
    attempt = AccessAttempt.objects.get(username="boss")
    administrator = member(django_user_model, "chanh", BOARD_ADMINISTRATOR)
    other = client_class_login(administrator)
    response = other.post(f"/vi/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert log_in(client, "boss", PASSWORD, address="203.0.113.50").status_code == 302


def client_class_login(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_board_administrator_without_a_second_factor_cannot_reach_the_admin(client, django_user_model):
    administrator = member(django_user_model, "chanh", BOARD_ADMINISTRATOR)
    editor = member(django_user_model, "bientap", EDITOR)
    assert log_in(client, "chanh", PASSWORD).status_code == 302
    assert logged_in(client)
    change_url = f"/vi/admin/auth/user/{editor.pk}/change/"
    for url in ("/vi/admin/", "/vi/admin/auth/user/", change_url, "/vi/admin/translations/", "/en/admin/axes/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/second-factor/?next=" in response["Location"], url
    # A forged POST changes nothing either: no superuser made behind the second factor's back.
    response = client.post(change_url, {"username": "bientap", "is_superuser": "on", "is_staff": "on"})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert not editor.is_superuser

    # Enrolment: the QR code is inline SVG; a wrong code is refused; the right one opens the admin.
    page = client.get("/vi/admin/second-factor/?next=/vi/admin/parks/plot/")
    assert page.status_code == 200
    assert b'second-factor-qr"><svg' in page.content and b"otpauth" not in page.content
    device = TOTPDevice.objects.get(user=administrator, confirmed=False)
    assert client.post("/vi/admin/second-factor/", {"token": "000000x", "next": "/vi/admin/"}).status_code == 400
    response = client.post("/vi/admin/second-factor/", {"token": current_code(device), "next": "/vi/admin/parks/plot/"})
    assert response.status_code == 302 and response["Location"] == "/vi/admin/parks/plot/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/vi/admin/parks/plot/").status_code == 200


@pytest.mark.django_db
def test_a_superuser_gives_the_code_at_every_log_in(client, boss):
    device = enrolled_device(boss)
    log_in(client, "boss", PASSWORD)
    assert client.get("/vi/admin/").status_code == 302
    page = client.get("/vi/admin/second-factor/")
    assert b"second-factor-qr" not in page.content  # already enrolled: only the code is asked
    assert client.post("/vi/admin/second-factor/", {"token": "123456"}).status_code == 400
    device.refresh_from_db()
    device.throttle_reset()
    client.post("/vi/admin/second-factor/", {"token": current_code(device)})
    assert client.get("/vi/admin/").status_code == 200


@pytest.mark.django_db
def test_the_second_factor_page_sends_nowhere_else(client, boss):
    device = enrolled_device(boss)
    log_in(client, "boss", PASSWORD)
    response = client.post("/vi/admin/second-factor/", {"token": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/vi/admin/"


@pytest.mark.django_db
def test_the_second_factor_is_optional_for_an_editor_until_enrolled(client, django_user_model):
    editor = member(django_user_model, "bientap", EDITOR)
    log_in(client, "bientap", PASSWORD)
    assert client.get("/vi/admin/").status_code == 200
    # Set up by choice, it is asked from then on.
    enrolled_device(editor)
    client.logout()
    log_in(client, "bientap", PASSWORD)
    assert client.get("/vi/admin/").status_code == 302


@pytest.mark.django_db
def test_password_reset_by_email_for_staff(client, boss, django_user_model):
    django_user_model.objects.create_user("visitor", "visitor@example.com", PASSWORD)  # not staff
    login_page = client.get(LOGIN).content.decode()
    assert 'href="/vi/admin/password_reset/"' in login_page

    assert client.post("/vi/admin/password_reset/", {"email": "visitor@example.com"}).status_code == 302
    assert mail.outbox == []
    client.post("/vi/admin/password_reset/", {"email": "boss@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/vi/admin/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session marker
    weak = client.post(form_url, {"new_password1": "password123", "new_password2": "password123"})
    assert weak.status_code == 200 and "password" in weak.content.decode().lower()
    strong = "Dat-sach-ha-tang-2026"
    response = client.post(form_url, {"new_password1": strong, "new_password2": strong})
    assert response.status_code == 302
    boss.refresh_from_db()
    assert boss.check_password(strong)
    # The reset does not log in, and the second factor is still asked after the password.
    assert not logged_in(client)
