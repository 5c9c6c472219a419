"""Staff preview a draft or scheduled post in its public layout; nobody else sees it, no search engine indexes it."""

import pytest
from django.urls import reverse

from core.testing import parse
from news.tests.conftest import make_post


def preview_url(post, language="vi"):
    return f"/{language}/news/preview/{post.pk}/"


@pytest.mark.parametrize("key", ["draft", "future", "public"])
def test_staff_preview_any_post_in_the_public_layout(editor_client, three_posts, key):
    post = three_posts[key]
    response = editor_client.get(preview_url(post))
    assert response.status_code == 200
    document = parse(response.content)
    assert document.find("h1").text().strip() == post.title_vi
    assert document.find("article", class_="post") is not None
    assert document.find("meta", name="robots", content="noindex, nofollow") is not None
    assert document.find("div", class_="notice-preview") is not None
    cache_control = {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control
    assert response.headers["X-Robots-Tag"].startswith("noindex")


def test_preview_in_english_shows_the_english_text(editor_client, three_posts):
    response = editor_client.get(preview_url(three_posts["draft"], "en"))
    assert response.status_code == 200
    assert parse(response.content).find("h1").text().strip() == "Draft about a brick works"


def test_preview_is_a_404_for_anonymous_visitors(client, three_posts):
    for post in three_posts.values():
        response = client.get(preview_url(post))
        assert response.status_code == 404
        assert post.title_vi not in response.content.decode()


def test_preview_is_a_404_for_users_who_are_not_staff(client, django_user_model, three_posts):
    user = django_user_model.objects.create_user("visitor", password="a-long-test-password")
    client.force_login(user)
    assert client.get(preview_url(three_posts["draft"])).status_code == 404


def test_preview_of_a_missing_post_is_a_404(editor_client, three_posts):
    assert editor_client.get("/vi/news/preview/999999/").status_code == 404


def test_the_admin_change_form_links_to_the_preview(editor_client, three_posts):
    post = three_posts["draft"]
    response = editor_client.get(reverse("admin:news_post_change", args=[post.pk]))
    assert response.status_code == 200
    links = [link.attrs.get("href") for link in parse(response.content).find_all("a")]
    assert preview_url(post) in links


def test_public_pages_of_published_posts_are_indexable_and_cacheable(client, three_posts):
    post = three_posts["public"]
    response = client.get(post.get_absolute_url())
    assert response.status_code == 200
    assert parse(response.content).find("meta", name="robots") is None
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_preview_does_not_leak_into_lists(editor_client, category):
    draft = make_post(category, "Bài chưa đăng", status="draft")
    # Staff browsing the public list see what the public sees: the preview is the only way in.
    assert draft.get_absolute_url() not in editor_client.get(reverse("news:list")).content.decode()
    assert editor_client.get(draft.get_absolute_url()).status_code == 404
