"""History and undo: every change kept as a version, shown field by field; revert and recover by an administrator."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from reversion.models import Version

from core.roles import BOARD_ADMINISTRATOR, TRANSLATOR
from core.testing import admin_form_data, parse
from inquiries.models import Inquiry
from parks.models import Plot, Sector
from projects.models import Investor, Project
from projects.tests.builders import make_project
from translations.history import field_history


@pytest.fixture
def administrator(django_user_model, client):
    user = django_user_model.objects.create_user("chanh", "chanh@example.com", "a-long-test-password", is_staff=True)
    user.first_name, user.last_name = "Lê", "Chánh"
    user.save()
    user.groups.add(Group.objects.get(name=BOARD_ADMINISTRATOR))
    client.force_login(user)
    return user


def change(client, obj, **values):
    url = f"/vi/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    data = {**admin_form_data(client.get(url)), **values}
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    return response


def public_h1(client, obj, language="vi"):
    with translation.override(language):
        url = obj.get_absolute_url()
    html = client.get(url).content.decode()
    return parse(html).find("h1").text().strip()


@pytest.mark.django_db
def test_a_wrong_edit_is_shown_field_by_field_and_reverted_and_the_public_page_shows_the_old_text(
    client, park, administrator
):
    sector = Sector.objects.get(name_en="Agricultural processing 1")
    change(client, sector, name_vi="Ngành SAI do nhập nhầm", name_en="Wrong sector name")
    assert public_h1(client, sector) == "Ngành SAI do nhập nhầm"

    history = client.get(f"/vi/admin/parks/sector/{sector.pk}/history/").content.decode()
    for text in (
        "Chế biến nông sản 1",
        "Ngành SAI do nhập nhầm",
        "Agricultural processing 1",
        "Wrong sector name",
        "Lê Chánh",
    ):
        assert text in history, text

    first = Version.objects.get_for_object(sector).order_by("pk").first()
    revision_url = f"/vi/admin/parks/sector/{sector.pk}/history/{first.pk}/"
    form = client.get(revision_url)
    assert form.status_code == 200
    sector.refresh_from_db()
    assert sector.name_vi == "Ngành SAI do nhập nhầm"  # looking at an old version changes nothing
    assert client.post(revision_url, admin_form_data(form)).status_code == 302
    assert public_h1(client, sector) == "Chế biến nông sản 1"
    assert public_h1(client, sector, "en") == "Agricultural processing 1"


@pytest.mark.django_db
def test_a_deleted_object_is_recovered(client, park, administrator):
    sector = Sector.objects.create(name_vi="Dệt may", name_en="Textiles")
    response = client.post(f"/vi/admin/parks/sector/{sector.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Sector.objects.filter(name_vi="Dệt may").exists()
    recover_list = client.get("/vi/admin/parks/sector/recover/").content.decode()
    assert "Dệt may" in recover_list
    version = Version.objects.get_deleted(Sector).get(object_repr="Dệt may")
    form = client.get(f"/vi/admin/parks/sector/recover/{version.pk}/")
    assert client.post(f"/vi/admin/parks/sector/recover/{version.pk}/", admin_form_data(form)).status_code == 302
    recovered = Sector.objects.get(name_vi="Dệt may")
    assert recovered.name_en == "Textiles"
    assert public_h1(client, recovered, "en") == "Textiles"


@pytest.mark.django_db
def test_a_translator_sees_history_but_cannot_revert(client, park, administrator, django_user_model):
    sector = Sector.objects.get(name_en="Agricultural processing 2")
    change(client, sector, name_vi="Tên mới")
    version = Version.objects.get_for_object(sector).order_by("pk").first()
    translator = django_user_model.objects.create_user("dich", password="a-long-test-password", is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATOR))
    client.force_login(translator)
    assert client.get(f"/vi/admin/parks/sector/{sector.pk}/history/").status_code == 200
    # A forged revert would write the Vietnamese text too: refused.
    url = f"/vi/admin/parks/sector/{sector.pk}/history/{version.pk}/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"name_vi": "Chế biến nông sản 2"}).status_code == 403
    assert client.get("/vi/admin/parks/sector/recover/").status_code == 403
    sector.refresh_from_db()
    assert sector.name_vi == "Tên mới"


@pytest.mark.django_db
def test_figure_changes_are_queryable_per_model_and_object(client, park, administrator):
    plot = Plot.objects.get(code="P0-0-0")
    change(client, plot, status="reserved", lease_price="55000.00")
    change(client, plot, status="leased")
    statuses = [(old, new) for _pk, _revision, old, new in field_history(Plot, "status", plot.pk)]
    assert statuses == [("available", "reserved"), ("reserved", "leased")]
    prices = [(old, new) for _pk, _revision, old, new in field_history(Plot, "lease_price")]
    assert prices == [(Decimal("50000.00"), Decimal("55000.00"))]


@pytest.mark.django_db
def test_a_plot_that_holds_a_project_or_an_inquiry_is_not_deleted(client, park, administrator):
    plot = Plot.objects.get(code="P0-0-1")
    project = make_project(Investor.objects.create(name_vi="Công ty Gỗ"), plot=plot, name_vi="Nhà máy gỗ ván")
    confirmation = client.get(f"/vi/admin/parks/plot/{plot.pk}/delete/").content.decode()
    assert "Nhà máy gỗ ván" in confirmation  # the admin names what holds the plot
    response = client.post(f"/vi/admin/parks/plot/{plot.pk}/delete/", {"post": "yes"})
    assert response.status_code in (200, 403)
    assert Plot.objects.filter(pk=plot.pk).exists()
    assert Project.objects.get(pk=project.pk).plot == plot


@pytest.mark.django_db
def test_a_plot_on_an_inquirys_shortlist_is_not_deleted(client, park, administrator):
    plot = Plot.objects.get(code="P0-0-2")
    inquiry = Inquiry.objects.create(
        company="Kanto Seimitsu",
        contact_name="Sato",
        email="sato@example.jp",
        phone="+81 3 1234 5678",
        country="Japan",
        timeline=Inquiry.Timeline.SIX_MONTHS,
        message="These plots, please.",
    )
    inquiry.plots.set([plot, Plot.objects.get(code="P0-1-0")])
    confirmation = client.get(f"/vi/admin/parks/plot/{plot.pk}/delete/").content.decode()
    assert inquiry.reference in confirmation  # the admin names the inquiry that asked about it
    client.post(f"/vi/admin/parks/plot/{plot.pk}/delete/", {"post": "yes"})
    assert Plot.objects.filter(pk=plot.pk).exists()
    assert set(inquiry.plots.values_list("code", flat=True)) == {"P0-0-2", "P0-1-0"}
