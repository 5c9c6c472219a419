"""The language switcher, slugs across languages, and pages with no English text yet."""

import pytest
from django import forms
from django.utils import translation
from django.utils.translation import gettext, ngettext

from core.i18n import by_slug, language_codes
from core.testing import language_switch_links, parse
from pages.models import Page
from parks.models import Incentive, Park, Phase, Sector

NOT_TRANSLATED = "has not been translated"


def others(language):
    return [code for code in language_codes() if code != language]


def url_in(language, obj):
    with translation.override(language):
        return obj.get_absolute_url()


def translated_objects():
    return {
        "phase": Phase.objects.get(name_vi="Giai đoạn II"),
        "sector": Sector.objects.get(name_vi="Chế biến nông sản 1"),
        "incentive": Incentive.objects.get(title_vi="Ưu đãi thuế 1"),
        "page": Page.objects.get(layout=Page.Layout.STEPS),
    }


KINDS = ["phase", "sector", "incentive", "page"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_switcher_links_to_the_same_object_in_the_other_language(client, park, kind):
    obj = translated_objects()[kind]
    vi_url, en_url = url_in("vi", obj), url_in("en", obj)
    assert obj.slug_vi != obj.slug_en
    assert vi_url.startswith("/vi/") and en_url.startswith("/en/")
    assert vi_url.removeprefix("/vi/") != en_url.removeprefix("/en/")

    response = client.get(vi_url)
    assert response.status_code == 200
    assert language_switch_links(response.content) == {code: url_in(code, obj) for code in others("vi")}

    response = client.get(en_url)
    assert response.status_code == 200
    assert language_switch_links(response.content) == {code: url_in(code, obj) for code in others("en")}

    # The link leads to the object, not to a redirect or a 404.
    assert client.get(language_switch_links(client.get(vi_url).content)["en"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_english_url_with_the_vietnamese_slug_redirects_to_the_english_slug(client, park, kind):
    obj = translated_objects()[kind]
    en_url = url_in("en", obj)
    wrong = en_url.replace(f"/{obj.slug_en}/", f"/{obj.slug_vi}/")
    assert wrong != en_url

    response = client.get(wrong)

    assert response.status_code == 301
    assert response.headers["Location"] == en_url


@pytest.mark.django_db
def test_vietnamese_url_with_the_english_slug_redirects_to_the_vietnamese_slug(client, park):
    phase = Phase.objects.get(name_vi="Giai đoạn II")
    response = client.get(f"/vi/park/phases/{phase.slug_en}/")
    assert response.status_code == 301
    assert response.headers["Location"] == url_in("vi", phase)


def untranslated_objects(park):
    """One object of each kind with Vietnamese text only."""
    return {
        "phase": Phase.objects.create(
            park=park, name_vi="Giai đoạn III dự kiến", area_ha=12, verified_on="2026-10-01", order=9
        ),
        "sector": Sector.objects.create(name_vi="Vật liệu xây dựng", order=99),
        "incentive": Incentive.objects.create(
            category=Incentive.Category.LAND,
            title_vi="Miễn tiền thuê đất",
            summary_vi="Miễn tiền thuê đất trong 11 năm",
            legal_basis_vi="Nghị định số 103/2024/NĐ-CP",
            verified_on="2026-10-01",
            order=99,
        ),
        "page": Page.objects.create(title_vi="Hỏi đáp về thủ tục", layout=Page.Layout.FAQ),
    }


TITLE_FIELD = {"phase": "name", "sector": "name", "incentive": "title", "page": "title"}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_untranslated_object_shows_vietnamese_text_marked_as_vietnamese(client, park, kind):
    obj = untranslated_objects(park)[kind]
    title = getattr(obj, f"{TITLE_FIELD[kind]}_vi")
    assert obj.slug_en is None

    en_url = url_in("en", obj)
    assert en_url.startswith("/en/")
    response = client.get(en_url)

    assert response.status_code == 200
    html = response.content.decode()
    document = parse(html)
    assert document.find("html").attrs["lang"] == "en"
    marked = [element for element in document.find_all(lang="vi") if title in element.text()]
    assert marked, f"{title!r} is not inside an element with lang=vi"
    assert document.find("h1", lang="vi") is not None
    assert title in document.find("h1").text()
    assert NOT_TRANSLATED in html
    assert document.find("div", class_="notice", role="note") is not None

    response = client.get(url_in("vi", obj))
    assert response.status_code == 200
    document = parse(response.content)
    assert document.find("html").attrs["lang"] == "vi"
    assert NOT_TRANSLATED not in response.content.decode()
    assert document.find("div", class_="notice", role="note") is None
    assert document.find("h1", lang="vi") is None  # the page's own language needs no mark
    assert title in document.find("h1").text()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_translated_object_shows_no_notice_in_english(client, park, kind):
    obj = translated_objects()[kind]
    response = client.get(url_in("en", obj))
    assert response.status_code == 200
    document = parse(response.content)
    assert NOT_TRANSLATED not in response.content.decode()
    assert document.find("h1", lang="vi") is None
    assert getattr(obj, f"{TITLE_FIELD[kind]}_en") in document.find("h1").text()


@pytest.mark.django_db
def test_untranslated_object_switcher_still_reaches_it(client, park):
    sector = untranslated_objects(park)["sector"]
    response = client.get(url_in("vi", sector))
    en_link = language_switch_links(response.content)["en"]
    assert en_link == f"/en/sectors/{sector.slug_vi}/"
    response = client.get(en_link)
    assert response.status_code == 200
    assert language_switch_links(response.content) == {code: url_in(code, sector) for code in others("en")}


@pytest.mark.django_db
def test_park_overview_marks_untranslated_park_name(client, empty_site):
    Park.objects.create(
        name_vi="Khu công nghiệp Thanh Bình",
        address_vi="Xã Thanh Bình",
        operator_vi="Ban Quản lý",
        total_area_ha=153,
        verified_on="2026-10-01",
    )
    response = client.get("/en/park/")
    assert response.status_code == 200
    h1 = parse(response.content).find("h1")
    assert h1.attrs.get("lang") == "vi"
    assert "Khu công nghiệp Thanh Bình" in h1.text()


def test_interface_strings_a_language_has_no_catalogue_for_are_shown_in_english():
    # Korean: Django has a catalogue of its own words, the site has none yet. Django alone would show the site's
    # words from the default language's catalogue, in Vietnamese.
    with translation.override("vi"):
        assert gettext("Find land") != "Find land"
        assert ngettext("%(counter)s plot found", "%(counter)s plots found", 2) != "%(counter)s plots found"
    with translation.override("ko"):
        assert gettext("Find land") == "Find land"
        assert gettext("Skip to content") == "Skip to content"
        assert ngettext("%(counter)s plot found", "%(counter)s plots found", 2) == "%(counter)s plots found"
        # Django's own words keep Django's Korean.
        required = str(forms.Field.default_error_messages["required"])
    with translation.override("vi"):
        assert required not in ("This field is required.", str(forms.Field.default_error_messages["required"]))


@pytest.mark.django_db
def test_a_slug_in_any_language_is_found_in_one_query_the_active_languages_first(park, django_assert_num_queries):
    # "co-khi" is one sector's Vietnamese slug and another's English one.
    vietnamese = Sector.objects.create(name_vi="Cơ khí", name_en="Machinery", order=90)
    english = Sector.objects.create(name_vi="Chế tạo", name_en="Co khi", order=91)
    assert vietnamese.slug_vi == english.slug_en == "co-khi"
    for language, expected in [("vi", vietnamese), ("en", english), *((code, vietnamese) for code in others("vi")[1:])]:
        with translation.override(language), django_assert_num_queries(1):
            assert by_slug(Sector.objects.all(), "co-khi") == expected, language
    with django_assert_num_queries(1):
        assert by_slug(Sector.objects.all(), "khong-co") is None


@pytest.mark.django_db
def test_home_page_marks_an_untranslated_park_with_the_notice(client, empty_site):
    Park.objects.create(name_vi="Khu công nghiệp Thanh Bình", total_area_ha=153, verified_on="2026-10-01")
    for language in others("vi"):
        document = parse(client.get(f"/{language}/").content)
        assert document.find("h1").attrs.get("lang") == "vi"
        assert document.find("div", class_="notice", role="note") is not None, language
    assert parse(client.get("/vi/").content).find("div", class_="notice", role="note") is None
    Park.objects.update(name_en="Thanh Binh Industrial Park")
    document = parse(client.get("/en/").content)
    assert document.find("div", class_="notice", role="note") is None
    assert document.find("h1").attrs.get("lang") is None
