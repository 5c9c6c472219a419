"""Real-browser checks in Chromium: the language switch, the second factor and the tabbed admin, offline."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from accounts.testing import current_code
from core.demo import DEMO_LANGUAGES
from core.i18n import language_codes, language_name
from core.roles import TRANSLATOR
from parks.demo import load_demo_park
from parks.demo_shapes import apply_demo_shapes
from parks.models import Phase, Plot, Sector

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


# A language of the site that the demo has no text in (DJANGO_LANGUAGES=vi,en,ko in CI's third-language run).
LANGUAGES_WITHOUT_DEMO_TEXT = [code for code in language_codes() if code not in DEMO_LANGUAGES]


@pytest.mark.parametrize(
    "language",
    LANGUAGES_WITHOUT_DEMO_TEXT
    or [pytest.param(None, marks=pytest.mark.skip(reason="every language has demo text: make test-languages"))],
)
def test_a_language_with_no_text_yet_shows_the_vietnamese_marked_as_such(page, live_server, language):
    load_demo_park()
    apply_demo_shapes()
    plot = Plot.objects.filter(status=Plot.Status.AVAILABLE).exclude(notes_vi="").order_by("code").first()
    with translation.override(language):
        plot_url = plot.get_absolute_url()
    page.set_viewport_size({"width": 375, "height": 812})

    page.goto(f"{live_server.url}/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    # The interface has no catalogue in this language yet: English, the language its strings are written in.
    expect(page.get_by_role("link", name="Skip to content")).to_be_attached()
    switch = page.get_by_role("navigation", name="Language", exact=True)
    expect(switch.locator('[aria-current="true"]')).to_have_text(language_name(language))
    expect(switch.get_by_role("link", name="Tiếng Việt", exact=True)).to_have_attribute("href", "/vi/")
    # The content: the Vietnamese, marked as Vietnamese, with the notice.
    heading = page.locator("h1")
    expect(heading).to_have_text("Khu công nghiệp Thanh Bình")
    expect(heading).to_have_attribute("lang", "vi")
    expect(page.get_by_role("note")).to_contain_text("not translated yet and are shown in Vietnamese")

    page.goto(live_server.url + plot_url)
    assert page.url == live_server.url + plot_url
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("h1")).to_contain_text(plot.code)
    notes = page.locator("main .prose").first
    expect(notes).to_have_attribute("lang", "vi")
    expect(notes).to_contain_text(plot.notes_vi.split(".")[0])
    expect(page.get_by_role("note")).to_contain_text("not translated yet and are shown in Vietnamese")
    expect(page.locator(f'link[rel="alternate"][hreflang="{language}"]')).to_have_attribute(
        "href", live_server.url + plot_url
    )
    # No console error (the Content-Security-Policy included), no request to another host.
    assert page.problems == []


def test_pages_keep_their_side_margins_on_a_phone(page, live_server, park):
    # Pages whose content block is both a .container and a .section: the section's spacing must not take away
    # the container's side padding, or the text touches the edges of the screen.
    page.set_viewport_size({"width": 375, "height": 812})
    for path in ("/en/contact/", "/en/sectors/", "/en/incentives/"):
        page.goto(live_server.url + path)
        boxes = [element.bounding_box() for element in page.locator("main h2, main .card").all()]
        assert boxes, path
        for box in boxes:
            assert box["x"] >= 16 and box["x"] + box["width"] <= 375 - 16, (path, box)
    assert page.problems == []


def test_a_verified_line_keeps_its_check_mark_beside_the_text(page, live_server, park):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"{live_server.url}/vi/")
    verified = page.locator(".section-head .verified").first
    # Narrowed so that the text must wrap: the check mark stays on its first line, beside it.
    verified.evaluate("element => { element.style.width = '9rem'; }")
    icon, lines = verified.evaluate(
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const lines = [...range.getClientRects()].filter(rect => rect.width > 0);
            return [element.querySelector('svg').getBoundingClientRect().toJSON(), lines.length];
        }"""
    )
    first_line = verified.evaluate(
        """element => {
            const node = [...element.childNodes].find(child => child.nodeType === 3 && child.textContent.trim());
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getClientRects()[0].toJSON();
        }"""
    )
    assert lines > 2  # the text did wrap
    assert icon["right"] <= first_line["left"]
    assert abs((icon["top"] + icon["bottom"]) / 2 - (first_line["top"] + first_line["bottom"]) / 2) < 6
