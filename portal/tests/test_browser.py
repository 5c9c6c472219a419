"""Real-browser checks in Chromium: the language switch, the second factor and the tabbed admin, offline."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from accounts.testing import current_code
from core.roles import TRANSLATOR
from parks.models import Phase, Sector

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_language_switch_lands_on_the_same_phase(page, live_server, park):
    phase = Phase.objects.get(name_en="Phase II")
    with translation.override("vi"):
        vi_url = phase.get_absolute_url()
    with translation.override("en"):
        en_url = phase.get_absolute_url()
    assert vi_url != en_url

    page.goto(live_server.url + vi_url)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("h1").inner_text() == "Giai đoạn II"

    with page.expect_navigation():
        page.get_by_role("navigation", name="Ngôn ngữ", exact=True).get_by_role("link", name="English").click()
    assert page.url == live_server.url + en_url
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Phase II"

    with page.expect_navigation():
        page.get_by_role("navigation", name="Language", exact=True).get_by_role("link", name="Tiếng Việt").click()
    assert page.url == live_server.url + vi_url
    assert page.problems == []


def test_tabbed_admin_works_with_no_network(page, live_server, park, django_user_model):
    django_user_model.objects.create_superuser("boss", "boss@example.com", "a-long-test-password")
    phase = Phase.objects.get(name_en="Phase II")

    page.goto(f"{live_server.url}/vi/admin/parks/phase/{phase.pk}/change/")
    page.fill("#id_username", "boss")
    page.fill("#id_password", "a-long-test-password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    # A board administrator sets up the second factor first: the QR code is drawn inline, from nowhere else.
    assert "/vi/admin/second-factor/" in page.url
    assert page.locator(".second-factor-qr svg").is_visible()
    device = TOTPDevice.objects.get(user__username="boss", confirmed=False)
    page.fill("#id_token", current_code(device))
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.url == f"{live_server.url}/vi/admin/parks/phase/{phase.pk}/change/"

    # modeltranslation turns each group of language fields into jQuery UI tabs.
    tabs = page.locator(".ui-tabs").first
    tabs.wait_for()
    english_tab = tabs.locator(".ui-tabs-nav a", has_text="en").first
    english_tab.click()
    english_name = page.locator("#id_name_en")
    assert english_name.is_visible()
    assert english_name.input_value() == "Phase II"
    assert not page.locator("#id_name_vi").is_visible()
    assert page.problems == []


def test_translator_translates_from_the_worklist(page, live_server, park, django_user_model):

    translator = django_user_model.objects.create_user("dich", password="a-long-test-password", is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATOR))
    sector = Sector.objects.create(name_vi="Sản xuất giấy và bao bì", summary_vi="Giấy, bìa và bao bì công nghiệp.")
    with translation.override("vi"):
        vi_url = sector.get_absolute_url()

    page.goto(f"{live_server.url}/en/admin/login/")
    page.fill("#id_username", "dich")
    page.fill("#id_password", "a-long-test-password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    with page.expect_navigation():
        page.get_by_role("link", name="Translation status and worklist").click()
    with page.expect_navigation():
        page.get_by_role("link", name="Sản xuất giấy và bao bì").first.click()

    # The Vietnamese source is shown beside the English field; only English can be typed.
    assert page.locator("#id_name_vi").count() == 0
    page.locator(".ui-tabs-nav a", has_text="en").first.click()
    page.fill("#id_name_en", "Paper and packaging")
    page.fill("#id_summary_en", "Paper, board and industrial packaging.")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was changed successfully" in page.content()

    with translation.override("en"):
        en_url = Sector.objects.get(pk=sector.pk).get_absolute_url()
    page.goto(live_server.url + en_url)
    assert page.locator("h1").inner_text().strip() == "Paper and packaging"
    assert page.locator("h1").get_attribute("lang") is None

    page.goto(live_server.url + vi_url)
    assert page.locator("h1").inner_text().strip() == "Sản xuất giấy và bao bì"
    sector.refresh_from_db()
    assert sector.name_vi == "Sản xuất giấy và bao bì"
    assert page.problems == []


def test_menus_open_and_close_with_the_keyboard(page, live_server, park):
    page.goto(f"{live_server.url}/en/")
    investing = page.locator(".nav-group summary", has_text="Investing")
    incentives = page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Incentives")
    expect(incentives).to_be_hidden()
    investing.focus()
    page.keyboard.press("Enter")
    expect(incentives).to_be_visible()
    page.keyboard.press("Escape")
    expect(incentives).to_be_hidden()
    investing.click()
    about = page.locator(".nav-group summary", has_text="About")
    about.click()  # opening one menu closes the other
    expect(incentives).to_be_hidden()
    page.locator("h1").click()  # a click elsewhere closes it
    expect(page.locator(".nav-group details[open]")).to_have_count(0)
    assert page.problems == []
