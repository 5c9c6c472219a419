"""The two emails of an inquiry: the investor's confirmation in their language, the board's notice in Vietnamese."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from core.i18n import language_codes
from inquiries.models import Inquiry
from inquiries.services import submit_inquiry
from parks.models import Plot, Sector


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def data(language, **changes):
    values = {
        "company": "Kanto Seimitsu Co., Ltd.",
        "contact_name": "Sato Hanako",
        "email": "sato@example.jp",
        "phone": "+81 3 1234 5678",
        "country": "Japan",
        "preferred_language": language,
        "sector": Sector.objects.order_by("order").first(),
        "land_needed_m2": 12000,
        "capital_amount": 8_000_000,
        "capital_currency": "USD",
        "timeline": Inquiry.Timeline.SIX_MONTHS,
        "message": "We make precision parts.\nCan we visit in May?",
        "plot": Plot.objects.get(code="P1-0-0"),
    }
    values.update(changes)
    return values


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # The board's own words in the investor's language, and the link into the site in that language.
        (
            "en",
            ["Thank you for your interest", "Management Board of Thanh Binh Industrial Park", "/en/park/plots/P1-0-0/"],
        ),
        ("vi", ["Ban Quản lý Khu công nghiệp Thanh Bình", "xã Thanh Bình cũ", "/vi/park/plots/P1-0-0/"]),
    ],
)
def test_the_investor_is_answered_in_their_language(park, language, expected):
    with translation.override("en" if language == "vi" else "vi"):  # whatever the page's language was
        inquiry = submit_inquiry(data=data(language), ip_address="203.0.113.1")
    assert len(mail.outbox) == 2
    confirmation = mail.outbox[0]
    assert confirmation.to == ["sato@example.jp"]
    assert confirmation.extra_headers["Content-Language"] == language
    assert confirmation.reply_to == ["board@example.com"]
    assert inquiry.reference in confirmation.subject and inquiry.reference in confirmation.body
    assert "board@example.com" in confirmation.body and "+84 209 000 000" in confirmation.body
    assert "\n" not in confirmation.subject
    for text in expected:
        assert text in confirmation.body, text
    assert "&amp;" not in confirmation.body and "&#x27;" not in confirmation.body  # plain text, not HTML-escaped


SPAM = {
    "company": "WINNER Ltd http://spam.example/claim",
    "contact_name": "Dear friend, claim your prize at spam.example",
    "country": "Visit www.spam.example",
    "phone": "+1 555 0100",
    "message": "Cheap pills! <a href='https://spam.example/buy'>Buy now</a> https://spam.example/x " * 50,
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_confirmation_carries_no_trace_of_the_visitors_text(park, language):
    """Someone types a victim's address and an advertisement: the board's confirmation must not carry it."""
    inquiry = submit_inquiry(data=data(language, email="victim@example.org", **SPAM), ip_address="203.0.113.1")
    confirmation = mail.outbox[0]
    assert confirmation.to == ["victim@example.org"]
    text = confirmation.subject + confirmation.body
    for trace in ("spam.example", "WINNER", "prize", "friend", "pills", "Cheap", "Buy", "<a", "555", "Visit"):
        assert trace not in text, trace
    assert inquiry.reference in text
    # The board's own notification, to the board alone, has the whole inquiry.
    assert "spam.example" in mail.outbox[1].body


@pytest.mark.django_db
def test_confirmation_texts_differ_by_language(park):
    submit_inquiry(data=data("en"), ip_address="203.0.113.1")
    submit_inquiry(data=data("vi"), ip_address="203.0.113.1")
    english, vietnamese = mail.outbox[0], mail.outbox[2]
    assert "Thank you for your interest in Thanh Binh Industrial Park" in english.body
    assert english.body != vietnamese.body
    assert english.subject.startswith("Thanh Binh Industrial Park: we have received your inquiry")


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_board_is_told_in_vietnamese_whatever_the_investor_speaks(park, language):
    inquiry = submit_inquiry(data=data(language), ip_address="203.0.113.1")
    notice = mail.outbox[1]
    assert notice.to == ["board@example.com"]  # the park's email by default
    assert notice.reply_to == ["sato@example.jp"]
    assert notice.extra_headers["Content-Language"] == "vi"
    with translation.override("vi"):
        admin_url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    assert admin_url.startswith("/vi/admin/")
    assert admin_url in notice.body
    assert "Kanto Seimitsu Co., Ltd." in notice.subject and "(P1-0-0)" in notice.subject
    assert "Còn trống" in notice.body  # the plot's status in Vietnamese
    assert "Chế biến nông sản 0" in notice.body
    assert "12.000 m²" in notice.body


@pytest.mark.django_db
def test_the_board_address_comes_from_the_environment_when_set(park, settings):
    settings.INQUIRY_NOTIFY_EMAIL = "xuctien@thanhbinh.example"
    submit_inquiry(data=data("en"), ip_address="203.0.113.1")
    assert mail.outbox[1].to == ["xuctien@thanhbinh.example"]
    assert mail.outbox[0].reply_to == ["xuctien@thanhbinh.example"]


@pytest.mark.django_db
def test_without_any_board_address_the_inquiry_is_saved_and_the_investor_still_told(park, caplog):
    park.email = ""
    park.save()
    inquiry = submit_inquiry(data=data("en"), ip_address="203.0.113.1")
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    assert [message.to for message in mail.outbox] == [["sato@example.jp"]]
    assert "no board address" in caplog.text


@pytest.mark.django_db
def test_a_general_inquiry_without_plot_or_sector(park):
    submit_inquiry(data=data("en", plot=None, sector=None, capital_amount=None), ip_address=None)
    assert "Plot" not in mail.outbox[0].body and "plot" not in mail.outbox[0].body
    body = mail.outbox[1].body  # the board's notification, in Vietnamese
    assert "Lô đất:" not in body
    assert "chưa xác định hoặc ngành khác" in body
    assert "Vốn đầu tư dự kiến: —" in body


@pytest.mark.django_db
def test_an_smtp_server_that_is_down_loses_nothing(client, park, settings, caplog):
    # A real SMTP connection to a port where nothing listens: refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with translation.override("en"):
        url = reverse("inquiries:inquiry")
    form = {
        "company": "Kanto",
        "contact_name": "Sato",
        "email": "sato@example.jp",
        "phone": "+81 3 1234 5678",
        "country": "Japan",
        "preferred_language": "en",
        "capital_currency": "USD",
        "timeline": "6_months",
        "message": "Hello",
        "consent": "on",
    }
    response = client.post(url, form)
    assert response.status_code == 302
    assert Inquiry.objects.filter(company="Kanto").exists()
    assert "could not send the email" in caplog.text
