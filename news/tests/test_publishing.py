"""One definition of public: drafts and scheduled posts stay out of every public surface until their time."""

from datetime import timedelta
from urllib.parse import quote

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from core.testing import listed_languages
from news.models import Post

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Words of each post's title in each language (Vietnamese without its accents), for the site search.
SEARCH_WORDS = {
    "vi": {"public": "giai doan", "draft": "nha may gach", "future": "hoi nghi xuc tien"},
    "en": {"public": "phase ii", "draft": "brick works", "future": "promotion conference"},
}


def surfaces(client, language, post):
    """{surface: response text} of every public place where `post` could appear, in `language`."""
    with translation.override(language):
        urls = {
            "list": reverse("news:list"),
            "category": post.category.get_absolute_url(),
            "feed": reverse("news:feed"),
            "category feed": reverse("news:category_feed", kwargs={"slug": post.category.url_slug}),
            "home": reverse("portal:home"),
        }
        search_url = reverse("search:search")
    texts = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        texts[name] = response.content.decode()
    texts["sitemap"] = client.get("/sitemap.xml").content.decode()
    # A language the posts have no text in (a third one) shows, and is searched in, the Vietnamese.
    for key, words in SEARCH_WORDS.get(language, SEARCH_WORDS["vi"]).items():
        response = client.get(f"{search_url}?q={quote(words)}")
        assert response.status_code == 200
        texts[f"search {key}"] = response.content.decode()
    return texts


def post_url(post, language):
    with translation.override(language):
        return post.get_absolute_url()


def test_published_is_status_and_time(three_posts):
    assert list(Post.objects.published()) == [three_posts["public"]]
    later = timezone.now() + timedelta(days=2)
    assert set(Post.objects.published(now=later)) == {three_posts["public"], three_posts["future"]}
    assert three_posts["public"].is_public
    assert not three_posts["draft"].is_public
    assert three_posts["future"].is_scheduled and not three_posts["future"].is_public


@pytest.mark.parametrize("language", LANGUAGES)
def test_drafts_and_future_posts_are_nowhere_public(client, park, three_posts, language):
    public = three_posts["public"]
    texts = surfaces(client, language, public)
    public_url = post_url(public, language)
    for name in ("list", "category", "feed", "category feed", "home", "sitemap", "search public"):
        if name == "sitemap" and language not in listed_languages(public):
            continue  # the sitemap lists a post only in the languages it is written in
        assert public_url in texts[name], f"the published post is missing from the {name}"
    for key in ("draft", "future"):
        hidden = three_posts[key]
        for code in LANGUAGES:
            url = post_url(hidden, code)
            for name, text in texts.items():
                assert url not in text, f"the {key} post shows in the {name} ({language})"
            # Its page does not exist for the public either.
            assert client.get(url).status_code == 404, url
        assert hidden.title_vi not in texts[f"search {key}"]
        assert hidden.title_en not in texts[f"search {key}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_scheduled_post_appears_by_itself_at_its_time(client, park, three_posts, language):
    future = three_posts["future"]
    assert client.get(post_url(future, language)).status_code == 404
    # Its time comes: nothing but the clock changes (no save, no job).
    with time_machine.travel(future.publish_at + timedelta(minutes=1)):
        url = post_url(future, language)
        texts = surfaces(client, language, future)
        for name in ("list", "category", "feed", "category feed", "home", "sitemap", "search future"):
            if name == "sitemap" and language not in listed_languages(future):
                continue  # the sitemap lists a post only in the languages it is written in
            assert url in texts[name], f"the post whose time has come is missing from the {name}"
        response = client.get(url)
        assert response.status_code == 200
        assert (future.title_en if language == "en" else future.title_vi) in response.content.decode()


def test_a_draft_with_a_past_date_stays_hidden(client, three_posts):
    draft = three_posts["draft"]
    assert draft.publish_at < timezone.now()
    assert client.get(post_url(draft, "vi")).status_code == 404
    Post.objects.filter(pk=draft.pk).update(status=Post.Status.PUBLISHED)
    assert client.get(post_url(draft, "vi")).status_code == 200


def test_unpublishing_takes_a_post_off_at_once(client, three_posts):
    public = three_posts["public"]
    url = post_url(public, "vi")
    assert client.get(url).status_code == 200
    Post.objects.filter(pk=public.pk).update(status=Post.Status.DRAFT)
    assert client.get(url).status_code == 404
    assert url not in client.get(reverse("news:feed")).content.decode()
