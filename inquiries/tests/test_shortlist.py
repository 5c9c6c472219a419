"""One inquiry about a whole shortlist: the form names every plot, the inquiry is linked to each, and the
officer's admin links each plot."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from core.roles import INVESTMENT_OFFICER
from core.testing import parse
from inquiries.models import Inquiry
from parks.models import Plot

SHORTLIST = ["P2-0-0", "P1-0-0", "P0-1-0"]


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def form_url(query="", language="en"):
    with translation.override(language):
        return reverse("inquiries:inquiry") + query


def shortlist_query(codes):
    return "?" + "&".join(f"shortlist={code}" for code in codes)


def valid(**changes):
    data = {
        "company": "Kanto Seimitsu Co., Ltd.",
        "contact_name": "Sato Hanako",
        "email": "sato@example.jp",
        "phone": "+81 3 1234 5678",
        "country": "Japan",
        "preferred_language": "en",
        "sector": "",
        "land_needed_m2": "30000",
        "capital_amount": "",
        "capital_currency": "USD",
        "timeline": "6_months",
        "message": "We would like to see these three plots in May.",
        "plot": "",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_form_names_every_plot_of_the_shortlist(client, park, language):
    response = client.get(form_url(shortlist_query(SHORTLIST), language))
    assert response.status_code == 200
    html = parse(response.content)
    card = html.find("div", class_="inquiry-plot")
    assert [a.text().split()[-1] for a in card.find_all("a")[:3]] == SHORTLIST
    hidden = [
        i.attrs["value"]
        for i in html.find("form", class_="inquiry-form").find_all("input", type="hidden")
        if i.attrs["name"] == "shortlist"
    ]
    assert hidden == SHORTLIST
    # The land needed starts as the shortlist's total.
    assert html.find("input", id="id_land_needed_m2").attrs["value"] == str(
        sum(Plot.objects.get(code=code).area_m2 for code in SHORTLIST)
    )


@pytest.mark.django_db
def test_the_inquiry_is_linked_to_every_plot(client, park):
    statuses = dict(Plot.objects.filter(code__in=SHORTLIST).values_list("code", "status"))
    data = valid()
    data["shortlist"] = SHORTLIST
    response = client.post(form_url(), data, REMOTE_ADDR="203.0.113.20")
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert sorted(plot.code for plot in inquiry.plots.all()) == sorted(SHORTLIST)
    assert inquiry.plot is None
    assert len(mail.outbox) == 2  # the confirmation and the board's notification, as for any inquiry
    # Each plot leads to the inquiry; its status stays the board's decision.
    assert dict(Plot.objects.filter(code__in=SHORTLIST).values_list("code", "status")) == statuses
    for code in SHORTLIST:
        assert list(Plot.objects.get(code=code).shortlist_inquiries.all()) == [inquiry]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (["P2-0-0", "NOPE"], "A plot of the shortlist does not exist (any more)."),
        (["P0-0-0", "P0-0-1", "P0-0-2", "P1-0-0", "P1-0-1"], "A shortlist holds up to 4 plots."),
    ],
)
def test_a_forged_shortlist_is_refused_and_nothing_is_saved(client, park, codes, message):
    data = valid()
    data["shortlist"] = codes
    response = client.post(form_url(), data, REMOTE_ADDR="203.0.113.21")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_unknown_codes_in_the_address_are_left_out_with_a_note(client, park):
    response = client.get(form_url(shortlist_query(["P2-0-0", "NOPE", "<b>x</b>"])))
    assert response.status_code == 400
    text = response.content.decode()
    assert "There is no plot with the code “NOPE”; it was left out." in text
    assert "<b>x</b>" not in text
    hidden = [
        i.attrs["value"]
        for i in parse(response.content).find_all("input", type="hidden")
        if i.attrs["name"] == "shortlist"
    ]
    assert hidden == ["P2-0-0"]


@pytest.mark.django_db
def test_the_officer_sees_each_plot_of_the_shortlist(client, park, django_user_model):
    inquiry = Inquiry.objects.create(
        company="Kanto Seimitsu Co., Ltd.",
        contact_name="Sato Hanako",
        email="sato@example.jp",
        phone="+81 3 1234 5678",
        country="Japan",
        timeline=Inquiry.Timeline.SIX_MONTHS,
        message="Three plots.",
    )
    plots = list(Plot.objects.filter(code__in=SHORTLIST))
    inquiry.plots.set(plots)
    officer = django_user_model.objects.create_user("officer", password="a-long-test-password", is_staff=True)
    officer.groups.add(Group.objects.get(name=INVESTMENT_OFFICER))
    client.force_login(officer)
    with translation.override("vi"):
        changelist = client.get(reverse("admin:inquiries_inquiry_changelist"))
        change = client.get(reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]))
        plot_urls = {plot.code: reverse("admin:parks_plot_change", args=[plot.pk]) for plot in plots}
        found = client.get(reverse("admin:inquiries_inquiry_changelist") + "?q=P1-0-0")
    row = parse(changelist.content).find("table", id="result_list").find("tbody").find("tr")
    assert {a.text(): a.attrs["href"] for a in row.find("td", class_="field-plot_link").find_all("a")} == plot_urls
    field = parse(change.content).find("div", class_="field-shortlist_links")
    assert {a.text(): a.attrs["href"] for a in field.find_all("a")} == plot_urls
    assert "Kanto Seimitsu" in found.content.decode()
