"""Uploads as an attacker or a careless editor sends them: the wrong bytes under a good name, active PDFs,
oversized requests, logos that are not images, and files left behind by deleted rows."""

import io
import zipfile
from datetime import date

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from news.models import Document, Post, PostPhoto
from news.services import process_post_photos
from news.tests.conftest import image_bytes, pdf_bytes, photo_upload
from news.tests.test_admin import document_form_data

pytestmark = pytest.mark.django_db

HTML_PAGE = b"<!doctype html><html><body><script>fetch('/vi/admin/')</script></body></html>"
SVG_IMAGE = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'


def zip_bytes(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def post_document(client, name, content):
    data = document_form_data(file_vi=SimpleUploadedFile(name, content, content_type="application/pdf"))
    return client.post(reverse("admin:news_document_add"), data)


# A PDF whose OpenAction runs JavaScript, the name written with #-escapes (/J#61vaScript) that a naive scan misses.
ESCAPED_JS_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"4 0 obj<</S/J#61vaScript/J#53(app.alert\\(1\\))>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
LAUNCH_PDF = ESCAPED_JS_PDF.replace(b"/S/J#61vaScript/J#53(app.alert\\(1\\))", b"/S/Launch/F(cmd.exe)")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("brochure.pdf", HTML_PAGE),
        ("brochure.pdf", SVG_IMAGE),
        ("brochure.pdf", pdf_bytes(javascript="app.alert('owned')")),
        ("brochure.pdf", ESCAPED_JS_PDF),
        ("brochure.pdf", LAUNCH_PDF),
        ("brochure.pdf", b"%PDF-1.7\nnot really a pdf"),
        ("report.docx", HTML_PAGE),
        ("report.docx", zip_bytes({"index.html": HTML_PAGE})),
        ("report.xlsx", zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})),
        ("form.doc", HTML_PAGE),
        ("form.odt", zip_bytes({"mimetype": "text/html"})),
        ("plan.png", image_bytes("JPEG", (400, 300))),
        ("plan.jpg", SVG_IMAGE),
        ("archive.zip", HTML_PAGE),
        ("page.html", HTML_PAGE),
        ("drawing.svg", SVG_IMAGE),
    ],
)
def test_a_document_whose_bytes_do_not_match_its_name_is_refused(editor_client, name, content):
    response = post_document(editor_client, name, content)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("file_vi"), name
    assert not Document.objects.exists()
    assert not default_storage.exists("documents") or not any(default_storage.listdir("documents")[1])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("brochure.pdf", pdf_bytes()),
        ("report.docx", zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})),
        ("table.xlsx", zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<w/>"})),
        ("form.odt", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<c/>"})),
        ("form.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504),
        ("archive.zip", zip_bytes({"a.txt": "hello"})),
        ("plan.png", image_bytes("PNG", (400, 300))),
    ],
)
def test_real_documents_are_accepted(editor_client, name, content):
    response = post_document(editor_client, name, content)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Document.objects.get().file_vi.read() == content


def test_a_request_over_the_cap_is_refused_before_its_body_is_read(editor_client, settings):
    class Unreadable(io.RawIOBase):
        def read(self, *args):
            raise AssertionError("the body was read")

    response = editor_client.generic(
        "POST",
        reverse("admin:news_document_add"),
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(30 * 1024 * 1024),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    assert "25" in response.content.decode() or "MB" in response.content.decode()


def test_public_forms_have_a_small_cap(client, park):
    response = client.generic(
        "POST",
        "/en/contact/inquiry/",
        b"x" * 10,
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(2 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_files_are_removed_with_their_row(editor_client, category, django_capture_on_commit_callbacks):
    document = Document.objects.create(
        title_vi="Hồ sơ", file_vi=SimpleUploadedFile("ho-so.pdf", pdf_bytes()), published_on=date(2026, 1, 1)
    )
    name = document.file_vi.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert not default_storage.exists(name)

    post = Post.objects.create(category=category, title_vi="Tin có ảnh", cover=photo_upload(), cover_alt_vi="Ảnh")
    photo = PostPhoto.objects.create(post=post, image=photo_upload("gallery.jpg"), alt_vi="Ảnh")
    process_post_photos(post=post)
    post.refresh_from_db()
    photo.refresh_from_db()
    files = [post.cover.name, photo.image.name]
    files += [item[kind] for item in post.cover_renditions["items"] for kind in ("webp", "jpeg")]
    files += [item[kind] for item in photo.renditions["items"] for kind in ("webp", "jpeg")]
    assert all(default_storage.exists(name) for name in files)
    with django_capture_on_commit_callbacks(execute=True):
        post.delete()
    assert not any(default_storage.exists(name) for name in files)
