"""Photos through the admin, as an editor uploads them: checked, refused with a message, resized once."""

import os
import shutil
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from PIL import Image

from core.i18n import language_codes
from core.testing import parse
from news.images import MAX_UPLOAD_BYTES, RENDITION_WIDTHS
from news.models import Category, Post, PostPhoto
from news.tests.conftest import image_bytes, make_category, make_editor, photo_upload, upload

User = get_user_model()


def post_form_data(category, **overrides):
    """What the admin's add page posts for a new published post."""
    now = timezone.localtime()
    data = {
        "title_vi": "Khởi công nhà máy mới",
        "title_en": "",
        "slug_vi": "",
        "slug_en": "",
        "category": str(category.pk),
        "lead_vi": "Một nhà máy mới khởi công.",
        "lead_en": "",
        "body_vi": "<p>Nội dung.</p>",
        "body_en": "",
        "cover_alt_vi": "",
        "cover_alt_en": "",
        "cover_caption_vi": "",
        "cover_caption_en": "",
        "source_name_vi": "",
        "source_name_en": "",
        "source_url": "",
        "author_vi": "",
        "author_en": "",
        "status": "published",
        "publish_at_0": now.strftime("%Y-%m-%d"),
        "publish_at_1": now.strftime("%H:%M:%S"),
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def change_form_data(post, **overrides):
    local = timezone.localtime(post.publish_at)
    data = post_form_data(post.category)
    for field in ("title", "slug", "lead", "body", "cover_alt", "cover_caption", "source_name", "author"):
        for code in language_codes():
            column = build_localized_fieldname(field, code)
            data[column] = getattr(post, column) or ""
    data.update(
        {
            "status": post.status,
            "publish_at_0": local.strftime("%Y-%m-%d"),
            "publish_at_1": local.strftime("%H:%M:%S"),
            "photos-TOTAL_FORMS": str(post.photos.count()),
            "photos-INITIAL_FORMS": str(post.photos.count()),
        }
    )
    for index, photo in enumerate(post.photos.all()):
        data.update(
            {
                f"photos-{index}-id": str(photo.pk),
                f"photos-{index}-post": str(post.pk),
                f"photos-{index}-alt_vi": photo.alt_vi,
                f"photos-{index}-alt_en": photo.alt_en or "",
                f"photos-{index}-caption_vi": photo.caption_vi or "",
                f"photos-{index}-caption_en": photo.caption_en or "",
                f"photos-{index}-order": str(photo.order),
            }
        )
    data.update(overrides)
    return data


def add_post(client, category, **overrides):
    response = client.post(reverse("admin:news_post_add"), post_form_data(category, **overrides))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Post.objects.latest("pk")


def snapshot(post):
    fresh = Post.objects.get(pk=post.pk)
    return {field.attname: getattr(fresh, field.attname) for field in Post._meta.concrete_fields}


def field_errors(response, field):
    form = response.context["adminform"].form
    return [(error.code, " ".join(error.messages)) for error in form.errors.as_data().get(field, [])]


def noise_png(size):
    """A PNG that does not compress: random pixels, stored as they are (rows unfiltered, deflate without
    compression), so that it is as large as its pixels without the cost of an encoder trying to compress them."""
    width, height = size
    pixels = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits a channel, RGB
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 0)) + chunk(b"IEND", b"")
    )


def save_post(client, category):
    """A published post with a cover and one gallery photo, saved through the admin by the logged-in editor."""
    data = post_form_data(
        category,
        cover=photo_upload("ban-dau.jpg", size=(2000, 1125)),
        cover_alt_vi="Nhà xưởng trước đồi",
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": photo_upload("thu-vien.png", fmt="PNG", size=(1000, 750)),
            "photos-0-alt_vi": "Hồ nước",
            "photos-0-order": "0",
        },
    )
    response = client.post(reverse("admin:news_post_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Post.objects.get(title_vi="Khởi công nhà máy mới")


@pytest.fixture(scope="module")
def _module_editor_and_category(module_data):
    def build():
        return make_editor().pk, make_category().pk

    return module_data.build(build)


@pytest.fixture
def editor(_module_editor_and_category, db):
    """The editor (news/tests/conftest.py), made once per module: the module's saved post names it."""
    if _module_editor_and_category is None:
        return make_editor()
    return User.objects.get(pk=_module_editor_and_category[0])


@pytest.fixture
def category(_module_editor_and_category, db):
    if _module_editor_and_category is None:
        return make_category()
    return Category.objects.get(pk=_module_editor_and_category[1])


@pytest.fixture(scope="module")
def saved_media(tmp_path_factory):
    return tmp_path_factory.mktemp("saved-post-media")


@pytest.fixture(scope="module")
def _module_saved_post(module_data, _module_editor_and_category, saved_media):
    """Resizing the photos is most of the cost of saving the post: it is saved once per module, its files kept in
    `saved_media`, and each test works on a copy of them."""

    def build():
        client = Client()
        client.force_login(User.objects.get(pk=_module_editor_and_category[0]))
        with override_settings(MEDIA_ROOT=saved_media):
            return save_post(client, Category.objects.get(pk=_module_editor_and_category[1])).pk

    return module_data.build(build)


@pytest.fixture
def saved_post(_module_saved_post, saved_media, settings, editor_client, category):
    """A published post with a cover and one gallery photo, saved through the admin by an editor; its files are
    the test's own (in its MEDIA_ROOT)."""
    if _module_saved_post is None:
        return save_post(editor_client, category)
    shutil.copytree(saved_media, settings.MEDIA_ROOT)
    return Post.objects.get(pk=_module_saved_post)


def test_an_editor_adds_a_post_with_photos_and_they_are_resized_once(saved_post):
    post = saved_post
    assert post.created_by.username == "bientap"
    assert post.cover_renditions["source"] == post.cover.name
    assert (post.cover_renditions["width"], post.cover_renditions["height"]) == (2000, 1125)
    widths = [item["w"] for item in post.cover_renditions["items"]]
    assert widths == list(RENDITION_WIDTHS)
    for item in post.cover_renditions["items"]:
        for kind, fmt in (("webp", "WEBP"), ("jpeg", "JPEG")):
            assert default_storage.exists(item[kind]), item[kind]
            with default_storage.open(item[kind]) as file:
                image = Image.open(file)
                assert image.format == fmt
                assert image.size == (item["w"], item["h"])
                assert item["h"] == round(1125 * item["w"] / 2000)
    photo = post.photos.get()
    # A photo narrower than the largest width is not enlarged.
    assert [item["w"] for item in photo.renditions["items"]] == [480, 960, 1000]


def test_resizing_happens_on_save_not_per_request(client, saved_post):
    renditions = dict(saved_post.cover_renditions)
    files = {item["webp"]: default_storage.get_modified_time(item["webp"]) for item in renditions["items"]}
    for _ in range(2):
        assert client.get(saved_post.get_absolute_url()).status_code == 200
    saved_post.refresh_from_db()
    assert saved_post.cover_renditions == renditions
    assert {name: default_storage.get_modified_time(name) for name in files} == files


def test_the_public_page_serves_srcset_sizes_and_dimensions(client, saved_post):
    document = parse(client.get(saved_post.get_absolute_url()).content)
    cover = document.find("figure", class_="post-cover")
    source = cover.find("source")
    assert source.attrs["type"] == "image/webp"
    assert [part.split()[-1] for part in source.attrs["srcset"].split(", ")] == ["480w", "960w", "1600w"]
    assert source.attrs["sizes"]
    image = cover.find("img")
    assert image.attrs["width"] == "1600" and image.attrs["height"] == "900"
    assert image.attrs["src"].endswith(".jpg")
    assert image.attrs["alt"] == "Nhà xưởng trước đồi"
    # The cover is at the top: loaded at once. The gallery is below the fold: lazy.
    assert "loading" not in image.attrs
    gallery_image = document.find("ul", class_="gallery").find("img")
    assert gallery_image.attrs["loading"] == "lazy"
    assert gallery_image.attrs["width"] == "1000" and gallery_image.attrs["height"] == "750"
    for element in document.find_all("source") + document.find_all("img"):
        for candidate in (element.attrs.get("srcset") or element.attrs.get("src", "")).split(", "):
            url = candidate.split()[0]
            if url.startswith("/media/"):
                assert default_storage.exists(url.removeprefix("/media/")), url


def test_replacing_the_cover_makes_new_renditions_and_removes_the_old(
    editor_client, saved_post, django_capture_on_commit_callbacks
):
    old = [item["webp"] for item in saved_post.cover_renditions["items"]]
    data = change_form_data(saved_post, cover=photo_upload("moi.webp", fmt="WEBP", size=(1280, 720)))
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(reverse("admin:news_post_change", args=[saved_post.pk]), data)
        assert response.status_code == 302, response.context["adminform"].form.errors
    # The old renditions are still there until the new ones are committed: a page made meanwhile finds them.
    assert all(default_storage.exists(name) for name in old)
    for callback in callbacks:
        callback()
    saved_post.refresh_from_db()
    assert saved_post.cover.name.endswith(".webp")
    assert [item["w"] for item in saved_post.cover_renditions["items"]] == [480, 960, 1280]
    assert not any(default_storage.exists(name) for name in old)


def test_a_png_named_jpg_is_accepted_as_the_png_it_is(editor_client, category):
    post = add_post(
        editor_client,
        category,
        cover=upload("thuc-ra-la-png.jpg", image_bytes("PNG", (800, 600)), "image/jpeg"),
        cover_alt_vi="Ảnh",
    )
    with default_storage.open(post.cover.name) as file:
        assert Image.open(file).format == "PNG"
    assert post.cover_renditions["items"]


BAD_UPLOADS = {
    "a text file named .jpg": (
        lambda: upload("bao-cao.jpg", "Đây không phải là ảnh.\n".encode() * 50, "image/jpeg"),
        {"invalid_image", "photo_type"},
    ),
    "a PDF named .png": (
        lambda: upload("tai-lieu.png", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "image/png"),
        {"invalid_image", "photo_type"},
    ),
    "a GIF": (lambda: upload("hoat-hinh.gif", image_bytes("GIF", (800, 600)), "image/gif"), {"photo_type"}),
    "a GIF named .png": (lambda: upload("hoat-hinh.png", image_bytes("GIF", (800, 600)), "image/png"), {"photo_type"}),
    "an image too large": (lambda: upload("qua-lon.png", noise_png((2100, 1800)), "image/png"), {"photo_size"}),
    "an image with huge dimensions": (
        lambda: upload("qua-rong.png", image_bytes("PNG", (9000, 400)), "image/png"),
        {"photo_dimensions"},
    ),
    "an image too small": (lambda: upload("nho.jpg", image_bytes("JPEG", (200, 120))), {"photo_dimensions"}),
    "a truncated JPEG": (
        lambda: upload("hong.jpg", image_bytes("JPEG", (1200, 675))[:300]),
        {"invalid_image", "photo_type"},
    ),
}


@pytest.mark.parametrize("case", BAD_UPLOADS, ids=list(BAD_UPLOADS))
def test_a_bad_cover_is_refused_with_a_message_and_nothing_saved_is_lost(editor_client, saved_post, case):
    make_upload, codes = BAD_UPLOADS[case]
    bad = make_upload()
    if case == "an image too large":
        assert bad.size > MAX_UPLOAD_BYTES
    before = snapshot(saved_post)
    files_before = sorted(default_storage.listdir("news/covers")[0])
    data = change_form_data(saved_post, cover=bad, title_vi="Tiêu đề đã đổi")
    response = editor_client.post(reverse("admin:news_post_change", args=[saved_post.pk]), data)
    assert response.status_code == 200
    errors = field_errors(response, "cover")
    assert errors, response.context["adminform"].form.errors
    assert {code for code, _message in errors} <= codes
    message = errors[0][1]
    assert len(message) > 20
    assert message in response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    # The stored post, its cover and its renditions are as they were.
    assert snapshot(saved_post) == before
    assert default_storage.exists(saved_post.cover.name)
    assert all(default_storage.exists(item["jpeg"]) for item in saved_post.cover_renditions["items"])
    assert sorted(default_storage.listdir("news/covers")[0]) == files_before


def test_a_bad_gallery_photo_is_refused_and_nothing_is_saved(editor_client, saved_post):
    before = snapshot(saved_post)
    data = change_form_data(
        saved_post,
        title_vi="Tiêu đề đã đổi",
        **{
            "photos-TOTAL_FORMS": "2",
            "photos-1-image": upload("khong-phai-anh.jpg", b"MZ\x90\x00 not a photo at all" * 20),
            "photos-1-alt_vi": "Ảnh",
            "photos-1-order": "1",
        },
    )
    response = editor_client.post(reverse("admin:news_post_change", args=[saved_post.pk]), data)
    assert response.status_code == 200
    inline_errors = response.context["inline_admin_formsets"][0].formset.errors
    assert inline_errors[1].get("image"), inline_errors
    assert snapshot(saved_post) == before
    assert PostPhoto.objects.filter(post=saved_post).count() == 1


def test_a_cover_needs_its_alt_text(editor_client, category):
    # The module's saved post may be there already: nothing is added to what there is.
    posts = list(Post.objects.values_list("pk", flat=True))
    data = post_form_data(category, cover=photo_upload())
    response = editor_client.post(reverse("admin:news_post_add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("cover_alt_vi")
    assert list(Post.objects.values_list("pk", flat=True)) == posts


def test_a_gallery_photo_needs_its_alt_text(editor_client, category):
    posts = list(Post.objects.values_list("pk", flat=True))
    data = post_form_data(
        category,
        **{"photos-TOTAL_FORMS": "1", "photos-0-image": photo_upload(), "photos-0-alt_vi": "", "photos-0-order": "0"},
    )
    response = editor_client.post(reverse("admin:news_post_add"), data)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.errors[0].get("alt_vi")
    assert list(Post.objects.values_list("pk", flat=True)) == posts
    assert not PostPhoto.objects.exclude(post__in=posts).exists()
