"""Site search: in the visitor's language, forgiving of Vietnamese diacritics, over news, pages, sectors and more."""

from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import call_command

from core.i18n import fold, language_codes
from core.testing import parse
from news.models import Document
from news.tests.conftest import make_post
from pages.models import Page, PageSection
from parks.models import Sector
from projects.models import Country, Investor
from projects.tests.builders import make_project
from search.query import search_terms


def test_fold():
    assert fold("Đầu tư") == "dau tu"
    assert fold("ĐẦU TƯ") == "dau tu"
    assert fold("dau tu") == "dau tu"
    assert fold("  Khu công nghiệp   Thanh Bình! ") == "khu cong nghiep thanh binh"
    assert fold("Hạ tầng, điện; nước…") == "ha tang dien nuoc"
    # Decomposed input (combining marks typed separately) folds the same.
    assert fold("Đầu tư") == fold("Đầu tư")
    assert fold("工業団地") == "工業団地"
    assert fold("<script>") == "script"
    assert fold("%00\x00__") == "00"


def test_search_terms_are_distinct_and_bounded():
    assert search_terms("Đầu tư đầu tư dau tu") == ["dau", "tu"]
    assert len(search_terms(" ".join(f"w{i}" for i in range(50)))) == 8


def results(client, query, language="vi"):
    response = client.get(f"/{language}/search/?q={quote(query)}")
    return response, parse(response.content)


def result_titles(document):
    return [link.text().strip() for link in document.find_all("a") if link.parent.tag == "h3"]


@pytest.fixture
def content(db, category):
    post = make_post(category, "Đầu tư vào nhà máy điện tử", title_en="Investing in an electronics plant")
    make_post(category, "Tin khác", title_en="Other news", body_vi="<p>Không liên quan.</p>")
    sector = Sector.objects.create(name_vi="Sản phẩm điện tử", name_en="Electronics", summary_vi="Linh kiện")
    page = Page.objects.create(title_vi="Thủ tục đầu tư", title_en="How to invest")
    PageSection.objects.create(page=page, heading_vi="Đăng ký", body_vi="Nộp hồ sơ đăng ký đầu tư tại Ban Quản lý")
    document = Document.objects.create(title_vi="Danh mục dự án kêu gọi đầu tư", file_vi="documents/a.pdf")
    return {"post": post, "sector": sector, "page": page, "document": document}


@pytest.mark.parametrize("query", ["dau tu", "Đầu tư", "ĐẦU TƯ", "đầu tu", "DAU TU"])
def test_with_or_without_diacritics_finds_the_same(client, content, query):
    response, document = results(client, query)
    assert response.status_code == 200
    titles = result_titles(document)
    assert "Đầu tư vào nhà máy điện tử" in titles
    assert "Thủ tục đầu tư" in titles
    assert "Danh mục dự án kêu gọi đầu tư" in titles
    assert "Tin khác" not in titles


def test_text_without_diacritics_is_found_by_a_query_with_them(client, category):
    make_post(category, "Dau tu khong dau")  # typed without accents
    _response, document = results(client, "Đầu tư")
    assert "Dau tu khong dau" in result_titles(document)


def test_results_are_grouped_by_kind(client, content):
    _response, document = results(client, "dien tu")
    groups = {
        section.find("h2").text().strip(): section for section in document.find_all("section", class_="search-group")
    }
    assert len(groups) == 2
    titles = {name: result_titles(section) for name, section in groups.items()}
    assert ["Đầu tư vào nhà máy điện tử"] in titles.values()
    assert ["Sản phẩm điện tử"] in titles.values()


def test_page_sections_are_searched(client, content):
    _response, document = results(client, "nop ho so")
    assert result_titles(document) == ["Thủ tục đầu tư"]


def test_search_is_in_the_visitors_language(client, content):
    _response, document = results(client, "electronics", "en")
    titles = result_titles(document)
    assert "Investing in an electronics plant" in titles
    assert "Electronics" in titles
    _response, document = results(client, "electronics", "vi")
    assert result_titles(document) == []


def test_english_search_finds_vietnamese_text_shown_where_there_is_no_translation(client, category):
    make_post(category, "Khai trương nhà máy gỗ")
    _response, document = results(client, "nha may go", "en")
    link = next(link for link in document.find_all("a") if link.text().strip() == "Khai trương nhà máy gỗ")
    assert link.attrs["lang"] == "vi"


def test_drafts_and_scheduled_posts_are_not_found(client, three_posts):
    for words in ("nha may gach", "hoi nghi xuc tien", "brick", "upcoming"):
        for language in language_codes():
            _response, document = results(client, words, language)
            assert result_titles(document) == [], (words, language)


def test_empty_query_shows_the_form_and_a_hint(client, content):
    response = client.get("/vi/search/")
    assert response.status_code == 200
    document = parse(response.content)
    assert document.find("input", name="q") is not None
    assert document.find("p", id="search-message") is not None


@pytest.mark.parametrize("query", ["%%%", "!!! ???", "   ", "…—–"])
def test_a_query_with_no_words_gets_a_message(client, content, query):
    response = client.get("/vi/search/", {"q": query})
    assert response.status_code == 200
    assert parse(response.content).find("p", id="search-message") is not None


def test_a_too_long_query_is_a_400_with_a_message(client, content):
    response = client.get("/vi/search/", {"q": "Đầu tư " * 100})
    assert response.status_code == 400
    document = parse(response.content)
    assert document.find("p", id="search-message") is not None
    assert document.find("input", name="q").attrs["aria-invalid"] == "true"


def test_markup_in_the_query_is_not_echoed(client, content):
    response = client.get("/vi/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_search_is_not_indexed_and_takes_only_get(client, content):
    response = client.get("/vi/search/?q=dau+tu")
    assert parse(response.content).find("meta", name="robots").attrs["content"].startswith("noindex")
    assert client.post("/vi/search/", {"q": "x"}).status_code == 405


def test_the_header_links_to_search(client, content):
    document = parse(client.get("/vi/news/").content)
    assert document.find("a", class_="header-search").attrs["href"] == "/vi/search/"


def test_projects_and_their_investors_are_searched(client, park):

    investor = Investor.objects.create(name_vi="Công ty TNHH Lechenwood Việt Nam", country=Country.VN)
    make_project(investor, name_vi="Nhà máy chế biến gỗ", name_en="Wood processing plant", products_vi="Ván ghép")
    _response, document = results(client, "lechenwood")
    assert result_titles(document) == ["Nhà máy chế biến gỗ"]
    _response, document = results(client, "che bien go")
    assert "Nhà máy chế biến gỗ" in result_titles(document)
    _response, document = results(client, "wood processing", "en")
    assert "Wood processing plant" in result_titles(document)


def test_the_index_follows_every_change_in_the_same_transaction(client, content, category):
    """Saving, renaming and deleting show in the results at once, and a result names what it names now."""
    post = content["post"]
    post.title_vi = "Khánh thành nhà máy chế biến gỗ"
    post.save()
    assert "Khánh thành nhà máy chế biến gỗ" in result_titles(results(client, "khanh thanh")[1])
    assert "Đầu tư vào nhà máy điện tử" not in result_titles(results(client, "dau tu")[1])
    category.name_vi = "Tin tức đầu tư"
    category.save()
    assert "Tin tức đầu tư" in results(client, "che bien go")[0].content.decode()
    section = content["page"].sections.get()
    section.body_vi = "Nộp hồ sơ tại bộ phận một cửa"
    section.save()
    assert "Thủ tục đầu tư" in result_titles(results(client, "mot cua")[1])
    content["document"].delete()
    assert "Danh mục dự án kêu gọi đầu tư" not in result_titles(results(client, "danh muc")[1])


def test_rebuilding_the_index_gives_the_same_results(client, content):
    before = results(client, "dau tu")[0].content
    call_command("rebuild_search_index", stdout=StringIO())
    assert results(client, "dau tu")[0].content == before
