"""The board's admin, for every app: every page opens, the translation tabs work offline, Vietnamese search works."""

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_lang

from core.i18n import language_codes
from core.testing import parse
from pages.models import BoardContact, Page
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone

MODELS = [Park, Phase, Zone, Plot, Sector, Incentive, Infrastructure, Connection, Page, BoardContact]
CONTENT_APPS = ("parks", "pages")


@pytest.fixture(autouse=True)
def _vietnamese_admin():
    # A request leaves its language active in the thread; each test starts from the default.
    with translation.override("vi"):
        yield


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def registered_models():
    return {model for model in admin.site._registry if model._meta.app_label in CONTENT_APPS}


def test_the_park_and_content_models_are_registered():
    assert set(MODELS) <= registered_models()


@pytest.mark.django_db
def test_every_registered_model_of_the_apps_has_a_working_changelist(admin_client, park):
    for model in registered_models():
        response = admin_client.get(admin_url(model, "changelist"))
        assert response.status_code == 200, model


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_add_and_change_pages_open(admin_client, park, model):
    obj = model.objects.first()
    assert obj is not None
    for url in [admin_url(model, "changelist"), admin_url(model, "add"), admin_url(model, "change", obj.pk)]:
        response = admin_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_change_page_has_translation_tabs_and_no_external_script(admin_client, park, model, language):
    obj = model.objects.first()
    with translation.override(language):
        url = admin_url(model, "change", obj.pk)
    assert url.startswith(f"/{language}/admin/")
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    document = parse(html)

    scripts = [script.attrs["src"] for script in document.find_all("script") if "src" in script.attrs]
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in scripts
    assert "/static/modeltranslation/js/tabbed_translation_fields.js" in scripts
    assert scripts.index("/static/admin/js/jquery.init.js") < scripts.index("/static/vendor/jquery-ui/jquery-ui.min.js")
    assert "googleapis" not in html
    for src in scripts:
        assert not src.startswith(("//", "http:", "https:")), src
    for link in document.find_all("link"):
        assert not link.attrs.get("href", "").startswith(("//", "http:", "https:")), link

    # Each translated field is one input per language, which the tab script groups: mt, mt-field-<name>-<lang>.
    translated = [element for element in document.iter() if "mt" in element.classes]
    languages = {
        cls.rsplit("-", 1)[1] for element in translated for cls in element.classes if cls.startswith("mt-field-")
    }
    assert languages == {build_lang(code) for code in language_codes()}
    assert any("mt-default" in element.classes for element in translated)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        (Phase, "Giai đoạn", 3),
        (Phase, "Giai đoạn II", 1),
        (Sector, "Chế biến nông sản", 7),
        (Incentive, "Ưu đãi thuế", 5),
        (Infrastructure, "Điện", 5),
        (Connection, "Hà Nội", 5),
        (BoardContact, "Nguyễn Văn", 5),
        (Page, "Trang", 3),
        (Plot, "P1-0", 3),
        (Zone, "Khu nhà máy", 6),
    ],
)
def test_changelist_search_with_vietnamese_text(admin_client, park, model, query, expected):
    response = admin_client.get(admin_url(model, "changelist"), {"q": query})
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected
