"""The public news pages in both languages: layout, links, metadata, addresses and bad input, over posts built once
for the module (news/tests/test_own_posts.py: the tests that make their own)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from core.testing import language_switch_links, parse
from news.models import Category, Post
from news.tests.conftest import make_post

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def build_news():
    """Two categories; a post with its source and author, three more in its category and one in the other."""
    category = Category.objects.create(name_vi="Xúc tiến đầu tư", name_en="Investment promotion")
    other_category = Category.objects.create(name_vi="Thông báo", name_en="Notices", order=1)
    now = timezone.now()
    main = make_post(
        category,
        "Thu hút đầu tư vào Khu công nghiệp Thanh Bình",
        title_en="Attracting investment to Thanh Binh Industrial Park",
        source_name_vi="Cổng thông tin điện tử tỉnh Bắc Kạn cũ, 2022",
        source_name_en="E-portal of the former Bac Kan province, 2022",
        author_vi="Ban biên tập",
        author_en="Editorial team",
        publish_at=now - timedelta(days=400),
    )
    related = [
        make_post(
            category, f"Tin cùng chuyên mục {i}", title_en=f"Same category {i}", publish_at=now - timedelta(days=i)
        )
        for i in range(1, 4)
    ]
    elsewhere = make_post(
        other_category, "Thông báo nghỉ lễ", title_en="Holiday notice", publish_at=now - timedelta(hours=1)
    )
    return {
        "category": category,
        "other_category": other_category,
        "main": main,
        "related": related,
        "elsewhere": elsewhere,
    }


@pytest.fixture(scope="module")
def _module_news(module_data):
    def build():
        built = build_news()
        return {key: [post.pk for post in value] if key == "related" else value.pk for key, value in built.items()}

    return module_data.build(build)


@pytest.fixture
def _news(_module_news, db):
    """build_news(), built once per module where the tests do not commit."""
    if _module_news is None:
        return build_news()
    categories = Category.objects.in_bulk([_module_news["category"], _module_news["other_category"]])
    posts = Post.objects.in_bulk([_module_news["main"], _module_news["elsewhere"], *_module_news["related"]])
    return {
        "category": categories[_module_news["category"]],
        "other_category": categories[_module_news["other_category"]],
        "main": posts[_module_news["main"]],
        "related": [posts[pk] for pk in _module_news["related"]],
        "elsewhere": posts[_module_news["elsewhere"]],
    }


@pytest.fixture
def category(_news):
    return _news["category"]


@pytest.fixture
def other_category(_news):
    return _news["other_category"]


@pytest.fixture
def news(_news):
    return {key: _news[key] for key in ("main", "related", "elsewhere")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_pages_answer_in_their_language(client, news, language):
    with translation.override(language):
        urls = [
            reverse("news:list"),
            news["main"].category.get_absolute_url(),
            news["main"].get_absolute_url(),
            reverse("news:documents"),
        ]
    for url in urls:
        assert url.startswith(f"/{language}/")
        response = client.get(url)
        assert response.status_code == 200, url
        document = parse(response.content)
        assert document.find("html").attrs["lang"] == language
        assert document.find("link", rel="canonical").attrs["href"] == f"http://testserver{url}"
        assert document.find("main") is not None and document.find("h1") is not None
        assert client.post(url, {"x": "1"}).status_code == 405


def test_the_post_page_has_headline_lead_source_related_and_latest(client, news):
    main = news["main"]
    document = parse(client.get(main.get_absolute_url()).content)
    article = document.find("article", class_="post")
    assert article.attrs["itemtype"] == "https://schema.org/NewsArticle"
    assert article.find("h1").text().strip() == main.title_vi
    assert article.find("p", class_="lead").text().strip() == main.lead_vi
    assert "Cổng thông tin điện tử tỉnh Bắc Kạn cũ, 2022" in article.find("p", class_="post-source").text()
    assert (
        article.find(itemprop="datePublished")
        .attrs["datetime"]
        .startswith(str(timezone.localtime(main.publish_at).year))
    )
    related = document.find("section", class_="section-tint")
    related_titles = [link.text().strip() for link in related.find_all("a") if link.parent.tag == "h3"]
    assert related_titles == ["Tin cùng chuyên mục 1", "Tin cùng chuyên mục 2", "Tin cùng chuyên mục 3"]
    latest = [link.text().strip() for link in document.find("ul", class_="latest-list").find_all("a")]
    assert latest[0] == "Thông báo nghỉ lễ"
    assert main.title_vi not in latest
    meta = {tag.attrs.get("property"): tag.attrs.get("content") for tag in document.find_all("meta")}
    assert meta["og:type"] == "article"
    assert meta["og:title"] == main.title_vi
    assert meta["article:section"] == main.category.name_vi
    assert meta["article:published_time"].startswith(str(timezone.localtime(main.publish_at).year))


def test_the_language_switch_lands_on_the_same_post(client, news):
    main = news["main"]
    with translation.override("en"):
        en_url = main.get_absolute_url()
    links = language_switch_links(client.get(main.get_absolute_url()).content)
    assert links["en"] == en_url
    assert client.get(en_url).status_code == 200


def test_the_other_languages_slug_and_a_wrong_year_redirect_to_the_canonical_address(client, news):
    main = news["main"]
    canonical = main.get_absolute_url()
    year = timezone.localtime(main.publish_at).year
    response = client.get(f"/vi/news/{year}/{main.slug_en}/")
    assert response.status_code == 301 and response.headers["Location"] == canonical
    response = client.get(f"/vi/news/{year + 1}/{main.slug_vi}/")
    assert response.status_code == 301 and response.headers["Location"] == canonical
    category = main.category
    response = client.get(f"/vi/news/{category.slug_en}/?page=1")
    assert response.status_code == 301 and response.headers["Location"] == category.get_absolute_url() + "?page=1"


def test_the_category_page_lists_only_its_published_posts(client, news, three_posts):
    document = parse(client.get(news["main"].category.get_absolute_url()).content)
    titles = [link.text().strip() for link in document.find_all("a") if link.parent.tag == "h2"]
    assert "Thông báo nghỉ lễ" not in titles
    assert news["main"].title_vi in titles
    assert three_posts["public"].title_vi in titles
    assert three_posts["draft"].title_vi not in titles
    current = document.find("a", **{"aria-current": "page"})
    assert current.text().strip() == news["main"].category.name_vi or current.attrs["href"] == "/vi/news/"


def test_the_featured_post_leads_the_first_page(client, news):
    Post.objects.filter(pk=news["main"].pk).update(featured=True)
    document = parse(client.get("/vi/news/").content)
    featured = document.find("div", class_="news-featured")
    assert featured.find("h2").text().strip() == news["main"].title_vi
    listed = [
        link.text().strip() for link in document.find("ul", class_="news-list").find_all("a") if link.parent.tag == "h2"
    ]
    assert news["main"].title_vi not in listed
    assert listed[0] == "Thông báo nghỉ lễ"


@pytest.mark.parametrize(
    "path",
    [
        "/vi/news/khong-co-chuyen-muc/",
        "/vi/news/2022/khong-co-bai-nay/",
        "/en/news/2022/<script>/",
        "/vi/news/99999999999999999999/x/",
        "/vi/news/preview/abc/",
    ],
)
def test_unknown_news_addresses_are_404s(client, news, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_the_home_page_shows_the_latest_news(client, park, news, three_posts):
    document = parse(client.get("/vi/").content)
    section = document.find("section", **{"aria-labelledby": "news-title"})
    titles = [link.text().strip() for link in section.find_all("a") if link.parent.tag == "h3"]
    assert titles == [post.title_vi for post in Post.objects.published()[:3]]
    assert titles[0] == "Thông báo nghỉ lễ"
    for key in ("draft", "future"):
        assert three_posts[key].title_vi not in section.text()


def test_news_is_in_the_main_menu(client, news):
    document = parse(client.get("/en/news/").content)
    nav = document.find("nav", class_="site-nav")
    link = next(link for link in nav.find_all("a") if link.attrs["href"] == "/en/news/")
    assert link.attrs.get("aria-current") == "page"


def test_the_sitemap_lists_posts_with_their_last_change_and_the_categories(client, news, three_posts):
    text = client.get("/sitemap.xml").content.decode()
    main = news["main"]
    assert f"http://testserver{main.get_absolute_url()}" in text
    assert f"<lastmod>{timezone.localtime(main.updated_at).date().isoformat()}</lastmod>" in text
    assert f"http://testserver{main.category.get_absolute_url()}" in text
    assert "http://testserver/vi/news/" in text and "http://testserver/en/documents/" in text
    for key in ("draft", "future"):
        assert three_posts[key].slug_vi not in text


GARBAGE_QUERIES = [
    "?page=abc&x=%00",
    "?page=0",
    "?q=" + "%C4%90%E1%BA%A7u" * 500,
    "?" + "&".join(f"k{i}=v" for i in range(300)),
    "?%ff%fe=%c0%af",
]


@pytest.mark.parametrize("query", GARBAGE_QUERIES)
def test_garbage_query_strings_never_give_a_500(client, news, query):
    with translation.override("en"):
        urls = [
            reverse("news:list"),
            news["main"].category.get_absolute_url(),
            news["main"].get_absolute_url(),
            reverse("news:feed"),
            reverse("news:documents"),
            reverse("search:search"),
        ]
    for url in urls:
        response = client.get(url + query)
        assert response.status_code in (200, 301, 400, 404), (url, query, response.status_code)


@pytest.mark.parametrize("path", ["/vi/news/%00/", "/vi/news/2022/%00/", "/vi/news/%00/feed/", "/vi/news/preview/%00/"])
def test_a_nul_in_a_news_address_is_a_400_with_a_message(client, news, path):
    response = client.get(path)
    assert response.status_code == 400
    assert response.context["reason"]  # the page says why, in the visitor's language
