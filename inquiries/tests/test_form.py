"""The inquiry form: every validation rule, the plot it is about, the honeypot and the rate limit."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from core.i18n import language_codes
from core.testing import parse
from inquiries.models import Inquiry
from inquiries.services import take_inquiry_slot
from parks.models import Plot, Sector


@pytest.fixture(autouse=True)
def _empty_cache():
    # The rate limit lives in the real cache: each test starts with none counted.
    cache.clear()
    yield
    cache.clear()


def url(name="inquiries:inquiry", language="en"):
    with translation.override(language):
        return reverse(name)


def valid(**changes):
    data = {
        "company": "Công ty TNHH Gỗ Đại Phát",
        "contact_name": "Trần Thị Bình",
        "email": "binh@example.com",
        "phone": "+84 (0)209 3800-000",
        "country": "Việt Nam",
        "preferred_language": "vi",
        "sector": "",
        "land_needed_m2": "20000",
        "capital_amount": "5000000",
        "capital_currency": "USD",
        "timeline": "1_year",
        "message": "Chúng tôi muốn thuê khoảng 2 ha để chế biến gỗ.",
        "plot": "",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def post(client, data, language="en", address="203.0.113.7"):
    return client.post(url(language=language), data, REMOTE_ADDR=address)


def errors(response):
    return response.context["form"].errors


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_form_page_is_never_cached_and_carries_a_csrf_token(client, park, language):
    response = client.get(url(language=language))
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"] and "private" in response.headers["Cache-Control"]
    document = parse(response.content)
    assert document.find("input", name="csrfmiddlewaretoken") is not None
    assert document.find("form", class_="inquiry-form").attrs["method"] == "post"
    checked = document.find("input", name="preferred_language", checked="")
    assert checked.attrs["value"] == language
    # The investor may ask for an answer in any of the site's languages.
    choices = [field.attrs["value"] for field in document.find_all("input", name="preferred_language")]
    assert choices == language_codes()


@pytest.mark.django_db
def test_every_field_has_a_label(client, park):
    document = parse(client.get(url()).content)
    form = document.find("form", class_="inquiry-form")
    labels = {label.attrs.get("for") for label in form.find_all("label")}
    for field in form.find_all("input") + form.find_all("select") + form.find_all("textarea"):
        if field.attrs.get("type") in ("hidden", "submit"):
            continue
        assert field.attrs["id"] in labels, field


@pytest.mark.django_db
def test_honeypot_is_hidden_from_people_and_out_of_the_tab_order(client, park):
    document = parse(client.get(url()).content)
    honeypot = document.find("input", name="website")
    assert honeypot.attrs["tabindex"] == "-1"
    assert honeypot.attrs["autocomplete"] == "off"
    assert "honeypot" in honeypot.parent.classes
    assert "Leave this field empty" in honeypot.parent.text()


@pytest.mark.django_db
def test_a_valid_inquiry_is_saved_and_redirects_to_the_confirmation(client, park):
    sector = Sector.objects.first()
    response = post(client, valid(sector=sector.pk))
    assert response.status_code == 302
    assert response.headers["Location"] == url("inquiries:sent")
    inquiry = Inquiry.objects.get()
    assert inquiry.company == "Công ty TNHH Gỗ Đại Phát"
    assert inquiry.phone == "+84 (0)209 3800-000"
    assert inquiry.sector == sector
    assert inquiry.land_needed_m2 == 20000
    assert inquiry.capital_amount == 5_000_000 and inquiry.capital_currency == "USD"
    assert inquiry.timeline == Inquiry.Timeline.ONE_YEAR
    assert inquiry.preferred_language == "vi"
    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.plot is None
    assert inquiry.ip_address == "203.0.113.7"
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert inquiry.reference in html and "binh@example.com" in html
    assert "no-store" in page.headers["Cache-Control"]


@pytest.mark.django_db
def test_the_confirmation_page_shows_nothing_personal_to_someone_else(client, park):
    post(client, valid())
    stranger = client.__class__()
    html = stranger.get(url("inquiries:sent")).content.decode()
    assert "binh@example.com" not in html and "TB-" not in html
    assert "Thank you" in html


@pytest.mark.django_db
def test_optional_fields_may_be_left_empty(client, park):
    response = post(client, valid(land_needed_m2="", capital_amount="", sector=""))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.land_needed_m2 is None and inquiry.capital_amount is None


REQUIRED = {
    "company": "Enter the name of your company.",
    "contact_name": "Enter the name of the person we should contact.",
    "email": "Enter an email address, so that we can answer.",
    "phone": "Enter a phone number.",
    "country": "Enter the country your company comes from.",
    "preferred_language": "Choose the language we should answer in.",
    "timeline": "Choose when you plan to start.",
    "message": "Write a few words about your project or your question.",
    "capital_currency": "Choose the currency of the planned capital.",
    "consent": "Tick the box to agree to the processing of your details; without it we cannot answer.",
}


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "message"), list(REQUIRED.items()))
def test_required_fields(client, park, field, message):
    choices = ("preferred_language", "timeline", "capital_currency", "consent")  # "   " is no choice: another message
    for empty in ("",) if field in choices else ("", "   "):
        response = post(client, valid(**{field: empty}))
        assert response.status_code == 400
        assert errors(response) == {field: [message]}
        assert message in response.content.decode()
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_empty_form_lists_every_problem_at_the_top(client, park):
    response = post(client, {})
    assert response.status_code == 400
    assert set(errors(response)) == set(REQUIRED)
    summary = parse(response.content).find("div", id="form-errors")
    assert summary.attrs["role"] == "alert"
    assert "Please correct the 10 fields below; nothing has been sent yet." in " ".join(summary.text().split())
    links = {link.attrs["href"] for link in summary.find_all("a")}
    assert "#id_company" in links and "#id_timeline" in links


@pytest.mark.django_db
def test_a_field_in_error_is_marked_and_described(client, park):
    response = post(client, valid(email="not-an-email"))
    field = parse(response.content).find("input", name="email")
    assert field.attrs["aria-invalid"] == "true"
    assert "id_email_error" in field.attrs["aria-describedby"]
    # What was typed is kept.
    assert field.attrs["value"] == "not-an-email"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "binh@", "Enter a valid email address, like name@example.com."),
        ("email", "binh example.com", "Enter a valid email address, like name@example.com."),
        ("phone", "0209 ABC 000", "Use only digits, spaces, “+”, “-” and brackets in the phone number."),
        ("phone", "0209.380.000", "Use only digits, spaces, “+”, “-” and brackets in the phone number."),
        ("phone", "84+209380000", "A “+” can only come first, before the country code."),
        ("phone", "+84 12", "A phone number has 6 to 20 digits; this one has 4."),
        ("phone", "+1 " + "2" * 20, "A phone number has 6 to 20 digits; this one has 21."),
        ("phone", "(--- )", "A phone number has 6 to 20 digits; this one has 0."),
        ("land_needed_m2", "0", "The land needed must be more than zero."),
        ("land_needed_m2", "-500", "Enter the land you need as a whole number of square metres, e.g. 20000."),
        ("land_needed_m2", "2 ha", "Enter the land you need as a whole number of square metres, e.g. 20000."),
        ("land_needed_m2", "1.5", "Enter the land you need as a whole number of square metres, e.g. 20000."),
        ("land_needed_m2", "99999999999", "That is more land than the whole park has"),
        ("capital_amount", "0", "The planned capital must be more than zero."),
        ("capital_amount", "five million", "Enter the planned capital as a whole number, e.g. 5000000."),
        ("capital_amount", "9" * 30, "The planned capital is too large; check the number of zeros."),
        ("capital_currency", "EUR", "Choose VND or USD."),
        ("timeline", "tomorrow", "Choose a timeline from the list."),
        ("preferred_language", "fr", "Choose one of the languages listed."),
        ("sector", "9999", "Choose a sector from the list."),
        ("sector", "abc", "Choose a sector from the list."),
        ("plot", "ZZ-99", "The plot this inquiry was about does not exist (any more). Send a general inquiry."),
        ("company", "x" * 201, "Ensure this value has at most 200 characters (it has 201)."),
        ("message", "x" * 5001, "Ensure this value has at most 5000 characters (it has 5001)."),
        ("country", "x" * 101, "Ensure this value has at most 100 characters (it has 101)."),
    ],
)
def test_each_validation_rule_has_a_clear_message(client, park, field, value, message):
    response = post(client, valid(**{field: value}))
    assert response.status_code == 400
    assert list(errors(response)) == [field]
    assert message in errors(response)[field][0]
    assert message.split("“")[0] in response.content.decode()
    assert not Inquiry.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("phone", "+84 209 3800 000", "+84 209 3800 000"),
        ("phone", "  0912-345-678  ", "0912-345-678"),
        ("phone", "+84  912\t345 678", "+84 912 345 678"),
        ("phone", "(0209) 3800 000", "(0209) 3800 000"),
        ("phone", "123456", "123456"),
        ("phone", "+" + "1" * 20, "+" + "1" * 20),
        ("land_needed_m2", "20.000", 20000),
        ("land_needed_m2", "20,000", 20000),
        ("land_needed_m2", "20 000", 20000),
        ("capital_amount", "5.000.000.000", 5_000_000_000),
    ],
)
def test_values_people_type_are_accepted(client, park, field, value, stored):
    response = post(client, valid(**{field: value}))
    assert response.status_code == 302, errors(response)
    assert getattr(Inquiry.objects.get(), field) == stored


# --------------------------------------------------------------------------- the plot


@pytest.mark.django_db
def test_an_inquiry_about_a_plot_shows_the_plot_and_carries_its_code(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    response = client.get(url() + "?plot=P1-0-0")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ask about plot P1-0-0" in html
    document = parse(html)
    assert document.find("input", name="plot").attrs == {
        "type": "hidden",
        "name": "plot",
        "value": "P1-0-0",
        "id": "id_plot",
    }
    assert document.find("input", name="land_needed_m2").attrs["value"] == str(plot.area_m2)
    assert f'href="{url()}"' in html  # make it a general inquiry


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ZZ-99", "p1-0-0", "<script>alert(1)</script>", "x" * 500])
def test_an_unknown_plot_code_is_a_400_with_a_message_and_a_general_form(client, park, code):
    response = client.get(url(), {"plot": code})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is no plot with the code" in html
    assert "You can send a general inquiry instead." in html
    assert "<script>alert" not in html
    assert parse(html).find("input", name="plot").attrs.get("value") is None


@pytest.mark.django_db
def test_an_inquiry_about_a_plot_leaves_the_plot_status_alone(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    assert plot.status == Plot.Status.AVAILABLE
    response = post(client, valid(plot="P1-0-0"))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.plot == plot
    plot.refresh_from_db()
    assert plot.status == Plot.Status.AVAILABLE


# --------------------------------------------------------------------------- spam and floods


@pytest.mark.django_db
def test_a_filled_honeypot_is_a_400_and_nothing_is_saved_or_sent(client, park):
    response = post(client, valid(website="http://spam.example"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your inquiry was not sent" in html
    assert "Leave this field empty" in html
    assert not Inquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_honeypot_is_checked_before_the_other_fields(client, park):
    response = post(client, {"website": "x"})
    assert response.status_code == 400
    assert "Your inquiry was not sent" in response.content.decode()


@pytest.mark.django_db
def test_the_sixth_inquiry_in_an_hour_from_one_address_is_a_429(client, park):
    for number in range(5):
        response = post(client, valid(company=f"Company {number}"))
        assert response.status_code == 302, number
    response = post(client, valid(company="Company 6"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many inquiries just now" in html
    assert "try again in an hour" in html
    assert Inquiry.objects.count() == 5
    assert not Inquiry.objects.filter(company="Company 6").exists()
    assert len(mail.outbox) == 10  # two emails for each of the five
    # Another address is not held back.
    assert post(client, valid(company="Other"), address="198.51.100.4").status_code == 302


@pytest.mark.django_db
def test_invalid_attempts_do_not_count_towards_the_limit(client, park):
    for _attempt in range(8):
        assert post(client, valid(email="wrong")).status_code == 400
    for _number in range(5):
        assert post(client, valid()).status_code == 302


@pytest.mark.django_db
def test_the_limit_is_shared_through_the_cache(client, park, settings):

    settings.INQUIRY_RATE_LIMIT = 2
    assert take_inquiry_slot(ip_address="192.0.2.1")
    assert post(client, valid(), address="192.0.2.1").status_code == 302
    assert post(client, valid(), address="192.0.2.1").status_code == 429
    cache.clear()  # the window is over
    assert post(client, valid(), address="192.0.2.1").status_code == 302


@pytest.mark.django_db
def test_behind_trusted_proxies_the_forwarded_address_counts(client, park, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _number in range(5):
        assert (
            client.post(url(), valid(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 302
        )
    # A client cannot escape by writing its own X-Forwarded-For: the proxy appends the real address last.
    response = client.post(url(), valid(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert response.status_code == 429
    assert client.post(url(), valid(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 302
    assert Inquiry.objects.filter(ip_address="203.0.113.9").count() == 5


@pytest.mark.django_db
def test_without_trusted_proxies_a_forged_header_is_ignored(client, park):
    for number in range(5):
        response = client.post(url(), valid(), REMOTE_ADDR="203.0.113.20", HTTP_X_FORWARDED_FOR=f"10.9.9.{number}")
        assert response.status_code == 302
    assert client.post(url(), valid(), REMOTE_ADDR="203.0.113.20", HTTP_X_FORWARDED_FOR="10.9.9.99").status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused(client, park, method):
    assert getattr(client, method)(url()).status_code == 405


@pytest.mark.django_db
def test_the_contact_page_links_to_the_form(client, park):
    html = client.get(url("pages:contact")).content.decode()
    assert f'href="{url()}"' in html


@pytest.mark.django_db
def test_an_ipv6_visitor_cannot_escape_the_limit_by_changing_addresses_in_their_64(client, park):
    """A home connection on IPv6 holds 2^64 addresses: each new one must not buy five more inquiries."""
    for number in range(5):
        assert post(client, valid(), address=f"2001:db8:abcd:12::{number + 1:x}").status_code == 302
    assert post(client, valid(), address="2001:db8:abcd:12:ffff:ffff:ffff:fffe").status_code == 429
    # The neighbouring /64 is someone else.
    assert post(client, valid(), address="2001:db8:abcd:13::1").status_code == 302


@pytest.mark.django_db
def test_an_ipv4_address_written_as_ipv6_counts_as_itself(client, park):
    for _number in range(5):
        assert post(client, valid(), address="192.0.2.33").status_code == 302
    assert post(client, valid(), address="::ffff:192.0.2.33").status_code == 429


@pytest.mark.django_db
def test_many_addresses_together_meet_the_global_cap(client, park, settings):
    """A flood spread over many addresses (a botnet) stops at the global cap per hour."""
    settings.INQUIRY_GLOBAL_LIMIT = 7
    statuses = [post(client, valid(), address=f"198.51.100.{number + 1}").status_code for number in range(10)]
    assert statuses == [302] * 7 + [429] * 3
    assert Inquiry.objects.count() == 7
    assert len(mail.outbox) == 14


@pytest.mark.django_db
def test_an_address_over_its_own_limit_does_not_use_up_the_global_cap(client, park, settings):
    settings.INQUIRY_GLOBAL_LIMIT = 6
    for _attempt in range(20):
        post(client, valid(), address="203.0.113.99")
    assert post(client, valid(), address="198.51.100.1").status_code == 302


@pytest.mark.django_db
def test_the_form_asks_for_consent_and_links_to_the_privacy_notice(client, park):
    for language, words in (("vi", "Tôi đồng ý"), ("en", "I agree that the Board processes")):
        html = client.get(url(language=language)).content.decode()
        assert words in html
        assert f'href="/{language}/contact/privacy/"' in html
    assert post(client, valid(consent="")).status_code == 400
    assert not Inquiry.objects.exists()
    assert post(client, valid()).status_code == 302
    assert Inquiry.objects.get().consented_at is not None
