"""News test data, built through the models; photos are real image files drawn with Pillow."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image
from pypdf import PdfWriter
from pypdf.actions import JavaScript

from core.roles import EDITOR, sync_roles
from news.models import Category, Post


def image_bytes(fmt="JPEG", size=(1200, 675), colour=(31, 77, 58)):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, colour)
    # A few shapes, so the encoders have something to do.
    for x in range(0, size[0], max(1, size[0] // 8)):
        image.paste((224, 164, 58), (x, size[1] // 3, min(size[0], x + 20), size[1] // 2))
    image.save(buffer, fmt)
    return buffer.getvalue()


def pdf_bytes(javascript=None):
    """A real one-page PDF, made by pypdf; with `javascript`, one that runs it when opened."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if javascript:
        writer.add_open_action(JavaScript(javascript))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_upload(name="photo.jpg", fmt="JPEG", size=(1200, 675)):
    return upload(name, image_bytes(fmt, size), f"image/{fmt.lower()}")


def make_category():
    return Category.objects.create(name_vi="Xúc tiến đầu tư", name_en="Investment promotion")


@pytest.fixture
def category(db):
    return make_category()


@pytest.fixture
def other_category(db):
    return Category.objects.create(name_vi="Thông báo", name_en="Notices", order=1)


def new_post(category, title_vi, *, title_en="", status=Post.Status.PUBLISHED, publish_at=None, **extra):
    """A post as `make_post` saves it, not saved yet (for core.builders.create_all)."""
    return Post(
        category=category,
        title_vi=title_vi,
        title_en=title_en or None,
        lead_vi=extra.pop("lead_vi", f"Tóm tắt: {title_vi}"),
        lead_en=extra.pop("lead_en", f"Summary: {title_en}" if title_en else ""),
        body_vi=extra.pop("body_vi", f"<p>Nội dung về {title_vi}.</p>"),
        body_en=extra.pop("body_en", f"<p>Text about {title_en}.</p>" if title_en else ""),
        status=status,
        publish_at=publish_at or timezone.now() - timedelta(days=1),
        **extra,
    )


def make_post(category, title_vi, **values):
    post = new_post(category, title_vi, **values)
    post.save(force_insert=True)
    return post


@pytest.fixture
def three_posts(category):
    """A published post, a draft and a post scheduled for tomorrow, each with distinct words."""
    now = timezone.now()
    return {
        "public": make_post(category, "Đầu tư vào giai đoạn II", title_en="Investing in Phase II"),
        "draft": make_post(
            category, "Bản nháp về nhà máy gạch", title_en="Draft about a brick works", status=Post.Status.DRAFT
        ),
        "future": make_post(
            category,
            "Hội nghị xúc tiến sắp tới",
            title_en="Upcoming promotion conference",
            publish_at=now + timedelta(days=1),
        ),
    }


def make_editor():
    sync_roles()
    user = get_user_model().objects.create_user("bientap", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def _vietnamese_by_default():
    # A request leaves its language active in the thread; each test starts from the default.
    with translation.override("vi"):
        yield
