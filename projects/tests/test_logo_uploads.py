"""Investor logos: checked by their bytes like photos, resized once, removed with the investor."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from projects.models import Investor

pytestmark = pytest.mark.django_db


def image_bytes(fmt, size):
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 77, 58)).save(buffer, fmt)
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'


def investor_form(**overrides):
    return {
        "name_vi": "Công ty TNHH Lechenwood Việt Nam",
        "name_en": "",
        "country": "VN",
        "website": "",
        "projects-TOTAL_FORMS": "0",
        "projects-INITIAL_FORMS": "0",
        "projects-MIN_NUM_FORMS": "0",
        "projects-MAX_NUM_FORMS": "1000",
        **overrides,
    }


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.png", SVG),
        ("logo.svg", SVG),
        ("logo.png", b"<html>hi</html>"),
        ("logo.png", image_bytes("PNG", (20, 10))),
    ],
)
def test_a_logo_that_is_not_a_real_image_of_a_usable_size_is_refused(admin_client, name, content):
    response = admin_client.post(
        reverse("admin:projects_investor_add"), investor_form(logo=SimpleUploadedFile(name, content))
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("logo")
    assert not Investor.objects.exists()


def test_a_logo_is_resized_once_and_removed_with_the_investor(admin_client, django_capture_on_commit_callbacks):
    logo = SimpleUploadedFile("lechenwood.png", image_bytes("PNG", (1200, 400)))
    response = admin_client.post(reverse("admin:projects_investor_add"), investor_form(logo=logo))
    assert response.status_code == 302, response.context["adminform"].form.errors
    investor = Investor.objects.get()
    assert [item["w"] for item in investor.logo_renditions["items"]] == [160, 320, 640]
    files = [investor.logo.name] + [
        item[kind] for item in investor.logo_renditions["items"] for kind in ("webp", "jpeg")
    ]
    assert all(default_storage.exists(name) for name in files)
    with django_capture_on_commit_callbacks(execute=True):
        investor.delete()
    assert not any(default_storage.exists(name) for name in files)
