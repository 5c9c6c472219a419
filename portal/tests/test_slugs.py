"""Slugs from Vietnamese titles: transliterated, per language, unique, and safe to type in the admin."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.i18n import vi_slugify
from pages.models import Page
from parks.models import Incentive, Phase, Sector


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đầu tư vào Khu công nghiệp Thanh Bình", "dau-tu-vao-khu-cong-nghiep-thanh-binh"),
        ("Tin tức mới", "tin-tuc-moi"),
        ("ĐẦU TƯ ĐƯỜNG ĐÔNG", "dau-tu-duong-dong"),
        ("Đà Nẵng", "da-nang"),
        ("Chế biến nông, lâm sản", "che-bien-nong-lam-san"),
        ("Ưu đãi thuế thu nhập doanh nghiệp", "uu-dai-thue-thu-nhap-doanh-nghiep"),
        ("  Giai đoạn II – mở rộng  ", "giai-doan-ii-mo-rong"),
    ],
)
def test_vi_slugify_transliterates_vietnamese(title, slug):
    assert vi_slugify(title) == slug


def test_vi_slugify_cuts_to_length_without_a_trailing_hyphen():
    slug = vi_slugify("Khu công nghiệp Thanh Bình", max_length=8)
    assert slug == "khu-cong"
    assert not vi_slugify("Khu công nghiệp", max_length=4).endswith("-")


@pytest.mark.django_db
def test_slugs_are_made_per_language_on_save():
    sector = Sector.objects.create(name_vi="Chế biến nông, lâm sản", name_en="Agricultural and forest products")
    sector.refresh_from_db()
    assert sector.slug_vi == "che-bien-nong-lam-san"
    assert sector.slug_en == "agricultural-and-forest-products"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Sector, {"name_vi": "Điện tử"}),
        (Page, {"title_vi": "Thủ tục đầu tư"}),
        (
            Incentive,
            {
                "category": Incentive.Category.TAX,
                "title_vi": "Ưu đãi đất đai",
                "summary_vi": "Miễn tiền thuê đất",
                "legal_basis_vi": "Nghị định số 103/2024/NĐ-CP",
                "verified_on": "2026-10-01",
            },
        ),
    ],
)
def test_english_slug_is_null_without_an_english_title(model, fields):
    obj = model.objects.create(**fields)
    obj.refresh_from_db()
    title_field = next(name for name in fields if name.endswith("_vi"))
    assert obj.slug_vi == vi_slugify(fields[title_field])
    assert obj.slug_en is None
    # Stored as NULL, not "", so any number of untranslated objects fit the unique constraint.
    assert model.objects.filter(pk=obj.pk, slug_en__isnull=True).exists()
    model.objects.create(**fields)
    assert model.objects.filter(slug_en__isnull=True).count() == 2


@pytest.mark.django_db
def test_same_title_gets_a_numbered_slug_in_each_language():
    first = Sector.objects.create(name_vi="Cơ khí", name_en="Machinery")
    second = Sector.objects.create(name_vi="Cơ khí", name_en="Machinery")
    third = Sector.objects.create(name_vi="Cơ khí", name_en="Machinery")
    assert (first.slug_vi, second.slug_vi, third.slug_vi) == ("co-khi", "co-khi-2", "co-khi-3")
    assert (first.slug_en, second.slug_en, third.slug_en) == ("machinery", "machinery-2", "machinery-3")


@pytest.mark.django_db
def test_saving_again_keeps_the_slug(park):
    phase = Phase.objects.get(name_vi="Giai đoạn I")
    before = (phase.slug_vi, phase.slug_en)
    phase.summary_vi = "Đã cho thuê hết"
    phase.save()
    phase.refresh_from_db()
    assert (phase.slug_vi, phase.slug_en) == before == ("giai-doan-i", "phase-i")


@pytest.mark.django_db
def test_typed_slug_with_vietnamese_letters_is_normalised():
    sector = Sector.objects.create(name_vi="Điện tử", slug_vi="Linh kiện Điện tử", slug_en="Electronic Parts")
    sector.refresh_from_db()
    assert sector.slug_vi == "linh-kien-dien-tu"
    assert sector.slug_en == "electronic-parts"


@pytest.fixture
def vi_admin():
    """Admin URLs in the default language, whatever an earlier request left active."""
    with translation.override("vi"):
        yield


SLUG_TAKEN = Sector._meta.constraints[0].violation_error_message


def slug_errors(response, field):
    """The messages shown for `field`, on the field or above the form."""
    form = response.context["adminform"].form
    assert not form.is_valid()
    errors = form.errors.as_data()
    return [message for error in errors.get(field, []) + errors.get("__all__", []) for message in error.messages]


def sector_form(**overrides):
    data = {
        "name_vi": "Dệt may",
        "name_en": "Textiles",
        "slug_vi": "",
        "slug_en": "",
        "icon": Sector.Icon.FACTORY,
        "order": "0",
        "summary_vi": "",
        "summary_en": "",
        "description_vi": "",
        "description_en": "",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_admin_normalises_a_typed_vietnamese_slug(admin_client, vi_admin):
    response = admin_client.post(reverse("admin:parks_sector_add"), sector_form(slug_vi="Dệt may xuất khẩu"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    sector = Sector.objects.get(name_vi="Dệt may")
    assert sector.slug_vi == "det-may-xuat-khau"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_duplicate_slug_typed_in_admin_is_a_form_error(admin_client, vi_admin, language):
    existing = Sector.objects.create(name_vi="Cơ khí", name_en="Machinery")
    other = Sector.objects.create(name_vi="Điện tử", name_en="Electronics", order=3)
    taken = getattr(existing, f"slug_{language}")
    url = reverse("admin:parks_sector_change", args=[other.pk])

    response = admin_client.post(
        url, sector_form(name_vi="Điện tử mới", name_en="New electronics", **{f"slug_{language}": taken})
    )

    assert response.status_code == 200
    assert str(SLUG_TAKEN) in slug_errors(response, f"slug_{language}")
    other.refresh_from_db()
    assert (other.name_vi, other.name_en, other.slug_vi, other.slug_en) == (
        "Điện tử",
        "Electronics",
        "dien-tu",
        "electronics",
    )
    existing.refresh_from_db()
    assert (existing.slug_vi, existing.slug_en) == ("co-khi", "machinery")


@pytest.mark.django_db
def test_duplicate_slug_typed_on_the_add_page_is_a_form_error(admin_client, vi_admin):
    Sector.objects.create(name_vi="Cơ khí", name_en="Machinery")
    response = admin_client.post(reverse("admin:parks_sector_add"), sector_form(slug_vi="co-khi"))
    assert response.status_code == 200
    assert str(SLUG_TAKEN) in slug_errors(response, "slug_vi")
    assert 'class="errorlist' in response.content.decode()
    assert not Sector.objects.filter(name_vi="Dệt may").exists()
