"""In Chromium: an editor writes a post with a photo in the admin, publishes it, and finds it on the site."""

import pytest
from django.utils import timezone

from news.models import Post
from news.tests.conftest import image_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _serve_media(settings):
    # Uploaded files are served only with DEBUG on; the test serves them through its own URLconf.
    settings.ROOT_URLCONF = "portal.tests.media_urls"


def test_an_editor_writes_a_post_with_a_photo_and_publishes_it(page, live_server, editor, category, tmp_path):
    assert not editor.is_superuser
    photo = tmp_path / "nha-xuong-moi.jpg"
    photo.write_bytes(image_bytes("JPEG", (1800, 1000)))

    page.goto(f"{live_server.url}/vi/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/vi/admin/news/post/add/")
    page.fill("#id_title_vi", "Khởi công nhà xưởng mới ở giai đoạn II")
    page.select_option("#id_category", str(category.pk))
    page.fill("#id_lead_vi", "Một doanh nghiệp chế biến gỗ khởi công nhà xưởng.")

    # The rich-text editor: ProseMirror's editable area replaces the Vietnamese body's textarea.
    editor_area = page.locator("#tab_id_body_vi .ProseMirror >> visible=true")
    editor_area.wait_for()
    editor_area.click()
    page.keyboard.type("Nhà xưởng rộng 5.000 m² sẽ hoạt động vào năm sau. ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Đầu tư 120 tỷ đồng.")
    page.keyboard.press("Control+b")

    page.set_input_files("#id_cover", str(photo))
    page.fill("#id_cover_alt_vi", "Khung thép của nhà xưởng mới trên nền đồi xanh")
    page.fill("#id_cover_caption_vi", "Nhà xưởng đang dựng khung.")
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    assert page.locator(".messagelist .success").count() == 1, page.content()[:2000]

    post = Post.objects.get(title_vi="Khởi công nhà xưởng mới ở giai đoạn II")
    assert post.created_by == editor
    assert post.is_public and post.publish_at <= timezone.now()
    assert "<strong>Đầu tư 120 tỷ đồng.</strong>" in post.body_vi
    assert post.body_vi.startswith("<p>Nhà xưởng rộng 5.000 m² sẽ hoạt động vào năm sau.")
    assert [item["w"] for item in post.cover_renditions["items"]] == [480, 960, 1600]

    page.goto(f"{live_server.url}/vi/news/")
    card = page.locator("article.news-card", has_text="Khởi công nhà xưởng mới ở giai đoạn II")
    assert card.count() == 1
    image = card.locator("img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert image.get_attribute("alt") == "Khung thép của nhà xưởng mới trên nền đồi xanh"

    card.get_by_role("link", name="Khởi công nhà xưởng mới ở giai đoạn II").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Khởi công nhà xưởng mới ở giai đoạn II"
    assert page.locator(".post-body strong").inner_text() == "Đầu tư 120 tỷ đồng."
    assert page.problems == []
