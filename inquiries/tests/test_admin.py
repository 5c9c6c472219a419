"""The investment officer's admin: pipeline, assignee, history, filters, CSV export; the plot is left alone."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.roles import EDITOR, INVESTMENT_OFFICER, TRANSLATOR
from core.testing import admin_form_data, parse
from inquiries.models import Inquiry, InquiryNote
from parks.models import Plot, Sector


@pytest.fixture(autouse=True)
def _vietnamese_admin():
    with translation.override("vi"):
        yield


def make_inquiry(number=0, **changes):
    values = {
        "company": f"Công ty {number}",
        "contact_name": "Lê Văn Cường",
        "email": f"cuong{number}@example.com",
        "phone": "+84 912 345 678",
        "country": "Việt Nam",
        "timeline": Inquiry.Timeline.ONE_YEAR,
        "message": "Cần 3 ha.",
        "preferred_language": "vi",
        "plot": Plot.objects.get(code="P1-0-0"),
        "sector": Sector.objects.first(),
    }
    values.update(changes)
    return Inquiry.objects.create(**values)


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def admin_url(action, *args):
    return reverse(f"admin:inquiries_inquiry_{action}", args=args)


@pytest.fixture
def officer(client):
    user = member_of(INVESTMENT_OFFICER, "officer")
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_the_officer_sees_the_pipeline_with_filters_and_search(client, park, officer):
    make_inquiry(1)
    make_inquiry(2, status=Inquiry.Status.SITE_VISIT, assignee=officer, plot=None)
    for query in [
        "",
        "?status__exact=site_visit",
        f"?assignee__id__exact={officer.pk}",
        "?q=Công+ty+1",
        "?q=P1-0-0",
        "?timeline__exact=1_year",
        "?preferred_language__exact=vi",
        f"?sector__id__exact={Sector.objects.first().pk}",
        "?o=-4",
    ]:
        response = client.get(admin_url("changelist") + query)
        assert response.status_code == 200, query
    response = client.get(admin_url("changelist") + "?status__exact=site_visit")
    assert list(response.context["cl"].result_list) == [Inquiry.objects.get(company="Công ty 2")]
    response = client.get(admin_url("changelist") + "?q=P1-0-0")
    assert [i.company for i in response.context["cl"].result_list] == ["Công ty 1"]
    html = client.get(admin_url("changelist")).content.decode()
    plot = Plot.objects.get(code="P1-0-0")
    assert f'href="{reverse("admin:parks_plot_change", args=[plot.pk])}">P1-0-0</a>' in html


@pytest.mark.django_db
def test_a_change_of_status_and_assignee_is_written_into_the_history(client, park, officer):
    inquiry = make_inquiry()
    url = admin_url("change", inquiry.pk)
    data = admin_form_data(client.get(url))
    data["status"] = Inquiry.Status.CONTACTED
    data["assignee"] = str(officer.pk)
    response = client.post(url, data)
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CONTACTED and inquiry.assignee == officer
    note = inquiry.notes.get()
    assert note.author == officer
    assert f"{Inquiry.Status.NEW.label} → {Inquiry.Status.CONTACTED.label}" in note.text  # in the board's language
    assert "officer" in note.text
    # Saving again without changes adds nothing.
    client.post(url, admin_form_data(client.get(url)))
    assert inquiry.notes.count() == 1


@pytest.mark.django_db
def test_an_internal_note_is_added_with_its_author_and_kept_read_only(client, park, officer):
    inquiry = make_inquiry()
    url = admin_url("change", inquiry.pk)
    data = admin_form_data(client.get(url))
    new_note = [name for name in data if name.endswith("-0-text")]
    assert len(new_note) == 1
    data[new_note[0]] = "Gọi điện, hẹn khảo sát ngày 12/5."
    assert client.post(url, data).status_code == 302
    note = InquiryNote.objects.get()
    assert note.author == officer and note.text == "Gọi điện, hẹn khảo sát ngày 12/5."
    # The history shows it, read-only: no input holds its text.
    document = parse(client.get(url).content)
    assert "Gọi điện, hẹn khảo sát ngày 12/5." in document.text()
    assert all("Gọi điện" not in area.text() for area in document.find_all("textarea"))
    assert document.find("input", name="notes-0-text") is None


@pytest.mark.django_db
def test_what_the_investor_sent_cannot_be_changed(client, park, officer):
    inquiry = make_inquiry()
    url = admin_url("change", inquiry.pk)
    data = admin_form_data(client.get(url))
    data.update({"company": "Forged", "email": "forged@example.com", "status": "won"})
    assert client.post(url, data).status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.company == "Công ty 0" and inquiry.email == "cuong0@example.com"
    assert inquiry.status == "won"


@pytest.mark.django_db
@pytest.mark.parametrize("status", Inquiry.Status.values)
def test_the_pipeline_never_changes_the_plot_status(client, park, officer, status):
    inquiry = make_inquiry()
    plot = inquiry.plot
    url = admin_url("change", inquiry.pk)
    data = admin_form_data(client.get(url))
    data["status"] = status
    assert client.post(url, data).status_code == 302
    plot.refresh_from_db()
    assert plot.status == Plot.Status.AVAILABLE
    html = client.get(url).content.decode()
    assert reverse("admin:parks_plot_change", args=[plot.pk]) in html  # where the status is changed


@pytest.mark.django_db
def test_the_assignee_must_be_active_staff(client, park, officer):
    outsider = get_user_model().objects.create_user("outsider", password="a-long-test-password")
    inquiry = make_inquiry()
    url = admin_url("change", inquiry.pk)
    data = admin_form_data(client.get(url))
    data["assignee"] = str(outsider.pk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "assignee" in response.context["adminform"].form.errors
    inquiry.refresh_from_db()
    assert inquiry.assignee is None


@pytest.mark.django_db
def test_an_inquiry_taken_by_phone_can_be_added(client, park, officer):
    response = client.get(admin_url("add"))
    assert response.status_code == 200
    data = admin_form_data(response)
    data.update(
        {
            "company": "Gọi điện",
            "contact_name": "Phạm Thu",
            "email": "thu@example.com",
            "phone": "0912 000 111",
            "country": "Việt Nam",
            "timeline": "undecided",
            "message": "Hỏi qua điện thoại.",
            "preferred_language": "vi",
            "capital_currency": "VND",
        }
    )
    response = client.post(admin_url("add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Inquiry.objects.get().company == "Gọi điện"


@pytest.mark.django_db
def test_csv_export_of_the_selected_inquiries(client, park, officer):
    first = make_inquiry(1, message="Dòng 1\nDòng 2, có dấu phẩy")
    second = make_inquiry(2, phone="+84 209 111 222", company='=HYPERLINK("http://evil")', plot=None)
    make_inquiry(3)
    response = client.post(admin_url("changelist"), {"action": "export_csv", "_selected_action": [first.pk, second.pk]})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="inquiries-')
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")  # for Excel
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
    header, body = rows[0], rows[1:]
    assert len(body) == 2
    records = [dict(zip(header, row, strict=True)) for row in body]
    by_reference = {row[0]: row for row in body}
    assert set(by_reference) == {first.reference, second.reference}
    row = by_reference[first.reference]
    assert "Công ty 1" in row and "cuong1@example.com" in row and "P1-0-0" in row
    assert "Dòng 1\nDòng 2, có dấu phẩy" in row
    row = by_reference[second.reference]
    # Nothing an investor typed can run as a spreadsheet formula.
    assert '\'=HYPERLINK("http://evil")' in row
    assert "'+84 209 111 222" in row
    assert len(records) == 2


@pytest.mark.django_db
def test_roles_who_may_see_inquiries(client, park):
    inquiry = make_inquiry()
    for role, username, allowed in [
        (INVESTMENT_OFFICER, "officer", True),
        (EDITOR, "editor", False),
        (TRANSLATOR, "translator", False),
    ]:
        client.force_login(member_of(role, username))
        assert (client.get(admin_url("changelist")).status_code == 200) is allowed, role
        assert (client.get(admin_url("change", inquiry.pk)).status_code == 200) is allowed, role
    officer = get_user_model().objects.get(username="officer")
    assert officer.has_perm("inquiries.add_inquiry") and officer.has_perm("inquiries.change_inquiry")
    assert not officer.has_perm("inquiries.delete_inquiry")
    assert officer.has_perm("parks.view_plot") and not officer.has_perm("parks.change_plot")
    assert officer.has_perm("inquiries.add_inquirynote") and not officer.has_perm("inquiries.change_inquirynote")


@pytest.mark.django_db
def test_the_superuser_admin_pages_open(admin_client, park):
    inquiry = make_inquiry()
    for url in [
        admin_url("changelist"),
        admin_url("add"),
        admin_url("change", inquiry.pk),
        admin_url("history", inquiry.pk),
    ]:
        assert admin_client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_changelist_queries_do_not_grow_with_inquiries(client, park, officer):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(admin_url("changelist")).status_code == 200
        return len(queries)

    for number in range(5):
        make_inquiry(number, assignee=officer)
    few = count()
    for number in range(5, 50):
        make_inquiry(number, assignee=officer, plot=Plot.objects.order_by("?").first())
    assert count() == few
