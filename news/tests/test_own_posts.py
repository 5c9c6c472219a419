"""News pages whose tests make their own posts, categories and documents (news/tests/test_pages.py: the others, over
posts built once for their module)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from core.testing import parse
from news.models import Category, Document
from news.tests.conftest import make_post


def test_an_untranslated_post_shows_vietnamese_marked_as_such(client, category):
    post = make_post(category, "Chỉ có tiếng Việt")
    with translation.override("en"):
        url = post.get_absolute_url()
    document = parse(client.get(url).content)
    assert document.find("h1").attrs["lang"] == "vi"
    assert document.find("div", class_="notice") is not None
    assert document.find("link", rel="alternate", hreflang="en") is None


def test_pagination(client, category):
    now = timezone.now()
    for i in range(30):
        make_post(category, f"Tin số {i}", publish_at=now - timedelta(hours=i + 1))
    first = parse(client.get("/vi/news/").content)
    assert len(first.find("ul", class_="news-list").find_all("article")) == 12
    assert first.find("a", rel="next").attrs["href"] == "?page=2"
    last = parse(client.get("/vi/news/?page=3").content)
    assert len(last.find("ul", class_="news-list").find_all("article")) == 6
    for bad in ("?page=4", "?page=abc", "?page=-1", "?page=99999999999999999999"):
        assert client.get("/vi/news/" + bad).status_code == 404, bad


def test_a_category_may_not_take_a_reserved_slug(category):
    category.slug_vi = "feed"
    with pytest.raises(ValidationError):
        category.full_clean()


def test_slugs_are_made_from_vietnamese_titles(category):
    post = make_post(category, "Đầu tư vào Khu công nghiệp", title_en="Investing in the park")
    assert (post.slug_vi, post.slug_en) == ("dau-tu-vao-khu-cong-nghiep", "investing-in-the-park")
    again = make_post(category, "Đầu tư vào Khu công nghiệp")
    assert again.slug_vi == "dau-tu-vao-khu-cong-nghiep-2"
    assert again.slug_en is None


def test_documents_offer_each_languages_file_or_the_vietnamese_one_marked(client, db):
    both = Document.objects.create(
        title_vi="Hồ sơ giới thiệu",
        title_en="Brochure",
        file_vi="documents/gioi-thieu.pdf",
        file_en="documents/brochure.pdf",
    )
    vietnamese_only = Document.objects.create(
        title_vi="Nghị quyết 16", file_vi="documents/nghi-quyet.pdf", kind=Document.Kind.LEGAL
    )
    assert both.pk and vietnamese_only.pk
    english = parse(client.get("/en/documents/").content)
    links = {link.attrs["href"]: link for link in english.find_all("a", class_="document-download")}
    assert set(links) == {"/media/documents/brochure.pdf", "/media/documents/nghi-quyet.pdf"}
    assert links["/media/documents/nghi-quyet.pdf"].attrs["hreflang"] == "vi"
    assert "hreflang" not in links["/media/documents/brochure.pdf"].attrs
    assert "Vietnamese" in english.find("span", class_="badge-language").text()
    vietnamese = parse(client.get("/vi/documents/").content)
    hrefs = {link.attrs["href"] for link in vietnamese.find_all("a", class_="document-download")}
    assert hrefs == {"/media/documents/gioi-thieu.pdf", "/media/documents/nghi-quyet.pdf"}
    assert vietnamese.find("span", class_="badge-language") is None


def test_a_category_can_be_empty(client, db):
    category = Category.objects.create(name_vi="Chuyên mục trống")
    response = client.get(category.get_absolute_url())
    assert response.status_code == 200
