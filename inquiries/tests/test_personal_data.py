"""Investors' personal data: the privacy notice, retention and anonymisation, export and erasure of one person's data."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from core.roles import INVESTMENT_OFFICER
from core.testing import admin_form_data
from inquiries.models import Inquiry, InquiryNote
from inquiries.services import PERSONAL_FIELDS
from parks.models import Plot


def make(email="sato@example.jp", **fields):
    values = {
        "company": "Kanto Seimitsu",
        "contact_name": "Sato Hanako",
        "email": email,
        "phone": "+81 3 1234 5678",
        "country": "Japan",
        "timeline": Inquiry.Timeline.SIX_MONTHS,
        "message": "We make precision parts.",
        "ip_address": "203.0.113.5",
        **fields,
    }
    inquiry = Inquiry.objects.create(**values)
    InquiryNote.objects.create(inquiry=inquiry, text="Called Ms Sato on her mobile.")
    return inquiry


@pytest.fixture
def officer(django_user_model, client):
    user = django_user_model.objects.create_user("canbo", "canbo@example.com", "a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=INVESTMENT_OFFICER))
    client.force_login(user)
    return user


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("vi", ["Nghị định số 13/2023/NĐ-CP", "Luật Bảo vệ dữ liệu cá nhân", "1 tháng 1 năm 2026", "730 ngày"]),
        ("en", ["Decree No. 13/2023/ND-CP", "Law on Personal Data Protection", "1 January 2026", "730 days"]),
    ],
)
def test_the_privacy_notice_states_purpose_retention_and_rights(client, park, language, words):
    response = client.get(f"/{language}/contact/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    for word in words:
        assert word in html, word
    assert "board@example.com" in html
    assert f'href="/{language}/contact/privacy/"' in client.get(f"/{language}/").content.decode()  # in the footer


@pytest.mark.django_db
def test_closed_inquiries_are_anonymised_after_the_retention_period(park, settings):
    settings.INQUIRY_RETENTION_DAYS = 30
    now = timezone.now()
    old = make(status=Inquiry.Status.LOST, closed_at=now - timedelta(days=31), plot=Plot.objects.get(code="P0-0-0"))
    recent = make(status=Inquiry.Status.WON, closed_at=now - timedelta(days=29))
    still_open = make(status=Inquiry.Status.NEGOTIATING)
    call_command("anonymise_inquiries", stdout=open("/dev/null", "w"))  # noqa: SIM115
    old.refresh_from_db()
    assert all(getattr(old, name) == "" for name in PERSONAL_FIELDS)
    assert old.ip_address is None and old.anonymised_at is not None
    assert not old.notes.exists()
    # What the board counts stays.
    assert old.status == Inquiry.Status.LOST and old.plot.code == "P0-0-0" and old.country == "Japan"
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.email == "sato@example.jp" and kept.anonymised_at is None and kept.notes.exists()


@pytest.mark.django_db
def test_closing_and_reopening_in_the_admin_sets_the_retention_clock(client, park, officer):
    inquiry = make()
    response = client.get(f"/vi/admin/inquiries/inquiry/{inquiry.pk}/change/")
    data = {**admin_form_data(response), "status": Inquiry.Status.WON}
    assert client.post(f"/vi/admin/inquiries/inquiry/{inquiry.pk}/change/", data).status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.closed_at is not None
    data["status"] = Inquiry.Status.NEGOTIATING
    client.post(f"/vi/admin/inquiries/inquiry/{inquiry.pk}/change/", data)
    inquiry.refresh_from_db()
    assert inquiry.closed_at is None


@pytest.mark.django_db
def test_the_officer_exports_one_persons_data_as_json(client, park, officer):
    first = make()
    second = make(email="SATO@example.jp", message="A second question.")
    make(email="someone.else@example.com")
    response = client.post(
        "/vi/admin/inquiries/inquiry/", {"action": "export_person_json", "_selected_action": [first.pk]}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["email"] == "sato@example.jp"
    assert [item["reference"] for item in data["inquiries"]] == [first.reference, second.reference]
    assert data["inquiries"][1]["message"] == "A second question."
    assert data["inquiries"][0]["notes"][0]["text"] == "Called Ms Sato on her mobile."
    assert "someone.else" not in response.content.decode()


@pytest.mark.django_db
def test_the_officer_erases_one_persons_data_after_a_confirmation(client, park, officer):
    first = make()
    second = make(email="Sato@Example.jp")
    other = make(email="someone.else@example.com")
    changelist = "/vi/admin/inquiries/inquiry/"
    confirm = client.post(changelist, {"action": "erase_person", "_selected_action": [first.pk]})
    assert confirm.status_code == 200
    assert second.reference in confirm.content.decode()  # every inquiry of that person is listed
    assert Inquiry.objects.get(pk=first.pk).email == "sato@example.jp"  # nothing yet
    response = client.post(changelist, {"action": "erase_person", "_selected_action": [first.pk], "confirm": "yes"})
    assert response.status_code == 302
    for inquiry in (first, second):
        inquiry.refresh_from_db()
        assert inquiry.email == "" and inquiry.contact_name == "" and inquiry.anonymised_at is not None
        assert not inquiry.notes.exists()
    other.refresh_from_db()
    assert other.email == "someone.else@example.com"
    # The admin still opens an anonymised inquiry.
    assert client.get(f"/vi/admin/inquiries/inquiry/{first.pk}/change/").status_code == 200
