"""The news admin: its pages open for an editor, a translator stays in their lane, documents are uploaded per
language."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.roles import TRANSLATOR
from core.testing import parse
from news.models import Category, Document, Post
from news.tests.conftest import pdf_bytes

MODELS = [Category, Post, Document]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_the_admin_pages_open_for_an_editor(editor_client, three_posts, model):
    if model is Document:
        Document.objects.create(title_vi="Tài liệu", file_vi="documents/a.pdf")
    obj = model.objects.first()
    name = f"admin:news_{model._meta.model_name}"
    for url in [reverse(f"{name}_changelist"), reverse(f"{name}_add"), reverse(f"{name}_change", args=[obj.pk])]:
        response = editor_client.get(url)
        assert response.status_code == 200, url


def test_the_post_changelist_shows_the_state(editor_client, three_posts):
    text = (
        parse(editor_client.get(reverse("admin:news_post_changelist")).content).find("table", id="result_list").text()
    )
    assert "Bản nháp" in text or "Draft" in text
    with translation.override("vi"):
        assert gettext("Scheduled for") in text


def test_the_editor_widget_loads_only_local_files(editor_client, three_posts):
    response = editor_client.get(reverse("admin:news_post_change", args=[three_posts["public"].pk]))
    document = parse(response.content)
    textarea = document.find("textarea", name="body_vi")
    assert "data-django-prose-editor-configurable" in textarea.attrs
    sources = [script.attrs.get("src") for script in document.find_all("script") if script.attrs.get("src")]
    sources += [link.attrs["href"] for link in document.find_all("link") if link.attrs.get("rel") == "stylesheet"]
    assert any("django_prose_editor" in source for source in sources)
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), sources
    # No inline script (the package's import map included): the Content-Security-Policy forbids them.
    inline = [script for script in document.find_all("script") if not script.attrs.get("src") and script.text().strip()]
    assert not [script for script in inline if script.attrs.get("type") != "application/json"], inline


def test_a_translator_may_change_the_english_text_only(client, django_user_model, three_posts):
    user = django_user_model.objects.create_user("bd", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=TRANSLATOR))
    client.force_login(user)
    post = three_posts["draft"]
    response = client.get(reverse("admin:news_post_change", args=[post.pk]))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "title_en" in form.fields and "body_en" in form.fields
    assert "title_vi" not in form.fields and "status" not in form.fields
    assert client.get(reverse("admin:news_post_add")).status_code == 403


def document_form_data(**overrides):
    return {
        "title_vi": "Hồ sơ giới thiệu",
        "title_en": "",
        "description_vi": "",
        "description_en": "",
        "kind": Document.Kind.BROCHURE,
        "published_on": "2026-10-01",
        "order": "0",
        **overrides,
    }


def test_an_editor_uploads_a_document_per_language(editor_client):

    data = document_form_data(
        file_vi=SimpleUploadedFile("gioi-thieu.pdf", pdf_bytes(), content_type="application/pdf"),
        file_en=SimpleUploadedFile("brochure.pdf", pdf_bytes(), content_type="application/pdf"),
    )
    response = editor_client.post(reverse("admin:news_document_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    document = Document.objects.get()
    assert document.file_vi.name.endswith(".pdf") and document.file_en.name.endswith(".pdf")


def test_a_document_of_the_wrong_kind_or_without_its_vietnamese_file_is_refused(editor_client):

    response = editor_client.post(
        reverse("admin:news_document_add"),
        document_form_data(file_vi=SimpleUploadedFile("setup.exe", b"MZ\x90\x00", content_type="application/pdf")),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("file_vi")
    response = editor_client.post(reverse("admin:news_document_add"), document_form_data())
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("file_vi")
    assert not Document.objects.exists()
