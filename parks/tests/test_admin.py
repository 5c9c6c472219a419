"""The park's admin: bad input is refused, with a message, and changes nothing (portal/tests/test_admin.py opens
every admin page)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from core.testing import admin_form_data
from parks.models import Phase, Plot, Sector, Zone


@pytest.fixture(autouse=True)
def _vietnamese_admin():
    # A request leaves its language active in the thread; each test starts from the default.
    with translation.override("vi"):
        yield


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def snapshot(obj):
    """Every column of `obj` as stored now."""
    fresh = type(obj)._default_manager.get(pk=obj.pk)
    return {field.attname: getattr(fresh, field.attname) for field in type(obj)._meta.concrete_fields}


def error_codes(response, field):
    assert set(response.context["adminform"].form.errors) == {field}
    return [error.code for error in response.context["adminform"].form.errors.as_data().get(field, [])]


def error_text(response):
    form = response.context["adminform"].form
    return str(form.errors) + str(form.non_field_errors())


def phase_change(admin_client, phase, **changes):
    url = admin_url(Phase, "change", phase.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(changes)
    return admin_client.post(url, data)


@pytest.mark.django_db
def test_the_unchanged_form_saves(admin_client, park):
    # The other tests change one field of this form; it must be valid as it is.
    phase = Phase.objects.get(name_vi="Giai đoạn I")
    response = phase_change(admin_client, phase)
    assert response.status_code == 302, error_text(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [("area_ha", "-5"), ("name_vi", ""), ("infrastructure_progress", "150"), ("verified_on", "31/02/2026")],
)
def test_invalid_phase_change_is_refused_and_changes_nothing(admin_client, park, field, value):
    phase = Phase.objects.get(name_vi="Giai đoạn I")
    before = snapshot(phase)
    response = phase_change(admin_client, phase, **{field: value, "name_en": "Renamed", "summary_vi": "Đổi"})

    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {field}
    assert 'class="errorlist' in response.content.decode()
    assert snapshot(phase) == before
    assert (before["name_vi"], before["name_en"], before["area_ha"]) == ("Giai đoạn I", "Phase I", Decimal("73.5"))


@pytest.mark.django_db
def test_invalid_phase_add_creates_nothing(admin_client, park):
    url = admin_url(Phase, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(park=str(park.pk), name_vi="Giai đoạn III", area_ha="-1", verified_on="2026-10-01")
    count = Phase.objects.count()

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"area_ha"}
    assert Phase.objects.count() == count
    assert not Phase.objects.filter(name_vi="Giai đoạn III").exists()


@pytest.mark.django_db
def test_duplicate_plot_code_on_add_is_a_form_error(admin_client, park):
    url = admin_url(Plot, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(zone=str(Zone.objects.first().pk), code="P0-0-0", area_m2="5000", verified_on="2026-10-01")
    count = Plot.objects.count()

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert error_codes(response, "code") == ["unique"]
    assert Plot.objects.count() == count
    assert Plot.objects.get(code="P0-0-0").area_m2 == 10000


@pytest.mark.django_db
def test_duplicate_plot_code_on_change_is_a_form_error(admin_client, park):
    plot = Plot.objects.get(code="P0-0-1")
    url = admin_url(Plot, "change", plot.pk)
    data = admin_form_data(admin_client.get(url))
    data.update(code="P0-0-0", area_m2="777")

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert error_codes(response, "code") == ["unique"]
    plot.refresh_from_db()
    assert (plot.code, plot.area_m2) == ("P0-0-1", 10001)


@pytest.mark.django_db
def test_duplicate_zone_code_in_an_inline_is_a_form_error(admin_client, park):
    phase = Phase.objects.get(name_vi="Giai đoạn I")
    url = admin_url(Phase, "change", phase.pk)
    data = admin_form_data(admin_client.get(url))
    data["zones-1-code"] = data["zones-0-code"]
    data["zones-1-area_ha"] = "99"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors() or any(formset.errors)
    assert not phase.zones.filter(area_ha=99).exists()
    assert sorted(phase.zones.values_list("code", flat=True)) == ["0-0", "0-1"]


@pytest.mark.django_db
def test_new_sector_through_the_add_page(admin_client, park):
    phase = Phase.objects.get(name_vi="Giai đoạn II")
    url = admin_url(Sector, "add")
    data = admin_form_data(admin_client.get(url))
    data.update(
        name_vi="Dệt may xuất khẩu",
        name_en="Export textiles",
        summary_vi="Sợi, vải và may mặc",
        icon=Sector.Icon.FACTORY,
        order="20",
        phases=[str(phase.pk)],
    )

    response = admin_client.post(url, data)

    assert response.status_code == 302, error_text(response)
    sector = Sector.objects.get(name_vi="Dệt may xuất khẩu")
    assert (sector.slug_vi, sector.slug_en) == ("det-may-xuat-khau", "export-textiles")
    assert list(sector.phases.all()) == [phase]
    assert sector.summary_en is None or sector.summary_en == ""
    assert admin_client.get(f"/vi/sectors/{sector.slug_vi}/").status_code == 200
    assert admin_client.get(f"/en/sectors/{sector.slug_en}/").status_code == 200


@pytest.mark.django_db
def test_english_admin_searches_the_english_text(admin_client, park):
    with translation.override("en"):
        url = admin_url(Phase, "changelist")
    response = admin_client.get(url, {"q": "extension"})
    assert response.status_code == 200
    assert [str(phase) for phase in response.context["cl"].result_list] == ["Phase I extension"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["' OR 1=1 --", "%", "_", "Đ" * 3000, "a\x00b"])
def test_changelist_search_with_odd_text_does_not_crash(admin_client, park, query):
    for model in [Phase, Plot, Sector]:
        response = admin_client.get(admin_url(model, "changelist"), {"q": query})
        assert response.status_code in (200, 400), (model, query)
        if response.status_code == 200 and "\x00" not in query:
            assert response.context["cl"].result_count == 0, (model, query)
