"""The Atom feeds parse as a feed reader reads them, in every language, and hold only published posts."""

import feedparser
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.testing import parse
from news.models import Post
from news.tests.conftest import make_post

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_news_feed_parses_in_every_language(client, three_posts, other_category, language):
    make_post(other_category, "Thông báo lịch tiếp dân", title_en="Notice of office hours")
    with translation.override(language):
        url = reverse("news:feed")
        expected = [post.get_absolute_url() for post in Post.objects.published()]
        titles = [post.title for post in Post.objects.published()]
    assert url == f"/{language}/news/feed/"
    feed = read_feed(client, url)
    assert feed.feed.language == language
    assert feed.feed.title
    assert feed.feed.link == f"http://testserver/{language}/news/"
    links = [entry.link for entry in feed.entries]
    assert links == [f"http://testserver{path}" for path in expected]
    assert [entry.title for entry in feed.entries] == titles
    for entry in feed.entries:
        assert entry.id.startswith("tag:")
        assert entry.published_parsed and entry.updated_parsed
        assert entry.summary
        assert entry.tags


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_category_feed_holds_only_that_categorys_published_posts(client, three_posts, other_category, language):
    other = make_post(other_category, "Thông báo lịch tiếp dân", title_en="Notice of office hours")
    with translation.override(language):
        url = reverse("news:category_feed", kwargs={"slug": other_category.url_slug})
        expected = f"http://testserver{other.get_absolute_url()}"
    feed = read_feed(client, url)
    assert [entry.link for entry in feed.entries] == [expected]
    assert other_category.name_vi in feed.feed.title or other_category.name_en in feed.feed.title


def test_the_english_feed_falls_back_to_vietnamese_text_where_there_is_no_translation(client, category):
    make_post(category, "Chỉ có tiếng Việt")
    feed = read_feed(client, "/en/news/feed/")
    assert [entry.title for entry in feed.entries] == ["Chỉ có tiếng Việt"]


def test_an_empty_feed_still_parses(client, category):
    feed = read_feed(client, "/vi/news/feed/")
    assert feed.entries == []


def test_an_unknown_category_feed_is_a_404(client, category):
    assert client.get("/vi/news/khong-co-chuyen-muc-nay/feed/").status_code == 404


def test_pages_announce_their_feeds(client, three_posts):
    document = parse(client.get("/vi/news/").content)
    feeds = [link.attrs["href"] for link in document.find_all("link", type="application/atom+xml")]
    assert "/vi/news/feed/" in feeds
    category = three_posts["public"].category
    document = parse(client.get(category.get_absolute_url()).content)
    feeds = [link.attrs["href"] for link in document.find_all("link", type="application/atom+xml")]
    assert f"/vi/news/{category.slug_vi}/feed/" in feeds
