"""The production stack as the board would run it, through nginx and against both app servers."""

import gzip
import re
import threading
import time
from datetime import datetime, timedelta

import brotli
from django.utils import timezone
from support import HOST, Browser, media_paths, photo, wait_until

from inquiries.models import Inquiry
from news.models import Category, Post
from parks.models import Park


def sitemap_paths():
    sitemap = Browser().get("/sitemap.xml")
    assert sitemap.status == 200
    addresses = re.findall(r'(?:<loc>|href=")https://' + re.escape(HOST) + r'(/[^<"]*)', sitemap.text)
    return sorted(set(addresses))


def test_every_address_of_the_sitemap_answers_through_nginx_in_both_languages():
    paths = sitemap_paths()
    assert any(path.startswith("/vi/") for path in paths) and any(path.startswith("/en/") for path in paths)
    assert len(paths) > 100
    browser = Browser()
    failures = []
    for path in paths:
        response = browser.get(path)
        if path.startswith(("/vi/", "/en/")):
            if response.status != 200:
                failures.append((path, response.status))
        # The language-neutral address (x-default) sends the visitor to a language.
        elif response.status != 302 or not response.header("location", "").startswith(("/vi/", "/en/")):
            failures.append((path, response.status))
    assert failures == []
    home = browser.get("/en/")
    assert home.header("strict-transport-security", "").startswith("max-age=31536000; includeSubDomains; preload")
    assert "camera=()" in home.header("permissions-policy", "")
    assert f'<link rel="canonical" href="https://{HOST}/en/">' in home.text


def test_pages_go_out_compressed_as_the_client_accepts_but_never_one_with_a_csrf_token():
    browser = Browser()
    plain = browser.get("/en/")
    assert plain.status == 200 and plain.header("content-encoding") is None
    assert "Accept-Encoding" in plain.header("vary", "")
    for encoding, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        answer = browser.get("/en/", headers={"Accept-Encoding": f"{encoding}, deflate"})
        assert answer.header("content-encoding") == encoding
        assert "Accept-Encoding" in answer.header("vary", "")
        assert len(answer.body) < len(plain.body) / 3
        assert decode(answer.body) == plain.body
    # The inquiry form holds the visitor's CSRF token: sent as it is, whatever the client accepts.
    form = Browser().get("/en/contact/inquiry/", headers={"Accept-Encoding": "br, gzip"})
    assert form.status == 200 and "csrfmiddlewaretoken" in form.text
    assert form.header("content-encoding") is None
    # Static files: compressed ahead of time by collectstatic, sent by nginx.
    stylesheet = re.search(r'href="(/static/css/base\.[0-9a-f]+\.css)"', plain.text).group(1)
    styles = browser.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert styles.status == 200 and styles.header("content-encoding") == "gzip"


def test_a_request_for_another_host_answers_400():
    for target in ("nginx", "a", "b"):
        response = Browser(target, host="evil.example").get("/vi/")
        assert response.status == 400, target
    # Plain HTTP goes to HTTPS, for the site's name only.
    assert Browser("a").get("/health/live/").status == 200


def test_health_says_ready_on_both_servers():
    for target in ("a", "b"):
        response = Browser(target).get("/health/ready/")
        assert response.status == 200
        assert '"failing": []' in response.text


class Readers:
    """Anonymous visitors reading `paths` from `target` in a loop, each request noted with when it started."""

    def __init__(self, target, paths, threads=3):
        self.target, self.paths, self.threads = target, paths, threads
        self.responses = []
        self.stop = threading.Event()
        self.workers = [threading.Thread(target=self.read, daemon=True) for _ in range(threads)]

    def read(self):
        browser = Browser(self.target)
        while not self.stop.is_set():
            for path in self.paths:
                response = browser.get(path)
                response.path = path
                self.responses.append(response)

    def __enter__(self):
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for worker in self.workers:
            worker.join(timeout=30)


def test_an_edit_saved_through_a_is_seen_on_b_by_every_request_that_starts_after_the_save(admin_on_a):
    park = Park.objects.get()
    new_tagline = f"Industrial land on the Hanoi – Cao Bang corridor, verified {time.time_ns()}"
    with Readers("b", ["/en/", "/en/park/"]) as readers:
        time.sleep(1.5)  # the pages are cached on the way
        admin_on_a.admin_save(f"/en/admin/parks/park/{park.pk}/change/", "park_form", {"tagline_en": new_tagline})
        saved = time.monotonic()
        time.sleep(3)
    before = [response for response in readers.responses if response.ended < saved]
    after = [response for response in readers.responses if response.started > saved]
    assert before and all(new_tagline not in response.text for response in before)
    assert len(after) > 10
    stale = [response.path for response in after if response.status != 200 or new_tagline not in response.text]
    assert stale == []
    # And the pages are cached again.
    assert any(response.header("x-page-cache") == "hit" for response in after)


def test_a_post_with_a_photo_is_published_without_any_page_linking_a_missing_file(admin_on_a):
    category = Category.objects.order_by("order").first()
    now = timezone.localtime()
    title = f"Khởi công nhà máy mới {time.time_ns()}"
    seen = {}  # /media/ path -> status through nginx
    nginx = Browser()

    def check_files(readers):
        for response in list(readers.responses):
            for path in media_paths(response.text) - seen.keys():
                seen[path] = nginx.get(path).status

    with Readers("b", ["/vi/", "/vi/news/"]) as readers:
        admin_on_a.admin_save(
            "/vi/admin/news/post/add/",
            "post_form",
            {
                "title_vi": title,
                "category": str(category.pk),
                "lead_vi": "Một nhà máy mới khởi công tại khu công nghiệp.",
                "body_vi": "<p>Nội dung.</p>",
                "cover_alt_vi": "Nhà xưởng trước đồi",
                "status": "published",
                "publish_at_0": now.strftime("%Y-%m-%d"),
                "publish_at_1": (now.replace(microsecond=0) - timedelta(minutes=1)).strftime("%H:%M:%S"),
            },
            files={"cover": ("nha-xuong.jpg", photo(), "image/jpeg")},
        )
        post = Post.objects.get(title_vi=title)
        readers.paths.append(post.get_absolute_url())

        def resized():
            check_files(readers)
            post.refresh_from_db()
            return bool(post.cover_renditions)

        wait_until(resized, 60, "the worker resizing the photo")
        time.sleep(1.5)
    check_files(readers)
    assert post.cover.name and any(post.cover.name in path for path in seen)
    missing = {path: status for path, status in seen.items() if status != 200}
    assert missing == {}
    assert any("-960." in path for path in seen), "no page showed the resized photo"


def test_a_photo_uploaded_through_a_is_served_through_b_and_nginx(admin_on_a):
    post = Post.objects.exclude(cover="").order_by("-pk").first()
    page = Browser("b").get(post.get_absolute_url())
    assert page.status == 200
    paths = media_paths(page.text)
    assert paths
    for path in paths:
        response = Browser().get(path)
        assert response.status == 200, path
        assert response.header("content-type", "").startswith("image/"), path
        assert response.header("x-content-type-options") == "nosniff", path
    # A document is offered as a download.
    document = Browser("a").get("/vi/documents/")
    links = [path for path in media_paths(document.text) if path.startswith("/media/documents/")]
    assert links
    downloaded = Browser().get(links[0])
    assert downloaded.status == 200
    assert downloaded.header("content-disposition") == "attachment"
    assert downloaded.header("x-content-type-options") == "nosniff"


def test_with_redis_stopped_the_site_serves_and_saves_and_says_so_then_caches_again(admin_on_a, redis):
    park = Park.objects.get()
    redis.stop()
    for target in ("a", "b"):
        for path in ("/vi/", "/en/park/", "/vi/park/plots/?status=available"):
            response = Browser(target).get(path)
            assert response.status == 200, (target, path)
            assert response.header("x-page-cache") is None
        ready = Browser(target).get("/health/ready/")
        assert ready.status == 503 and '"failing": ["cache"]' in ready.text
    tagline = f"Saved while the cache was away {time.time_ns()}"
    admin_on_a.admin_save(f"/en/admin/parks/park/{park.pk}/change/", "park_form", {"tagline_en": tagline})
    park.refresh_from_db()
    assert park.tagline_en == tagline
    assert tagline in Browser("b").get("/en/").text

    redis.start()
    browser = Browser("b")
    wait_until(lambda: browser.get("/en/park/").header("x-page-cache") == "hit", 20, "caching resuming")
    assert tagline in browser.get("/en/").text
    assert Browser("a").get("/health/ready/").status == 200


def test_an_inquiry_while_the_mail_server_is_down_is_kept_and_its_emails_go_out_once_it_is_back(mail_server):
    mail_server.stop()
    before = len(mail_server.messages)
    visitor = Browser()
    form = visitor.get("/en/contact/inquiry/")
    assert form.status == 200 and "csrftoken" in visitor.cookies
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    company = f"Kanto Seimitsu {time.time_ns()}"
    answer = visitor.post(
        "/en/contact/inquiry/",
        data={
            "csrfmiddlewaretoken": token,
            "company": company,
            "contact_name": "Sato Hanako",
            "email": "sato@example.jp",
            "phone": "+81 3 1234 5678",
            "country": "Japan",
            "preferred_language": "en",
            "capital_currency": "USD",
            "timeline": "6_months",
            "message": "We would like to visit in May.",
            "consent": "on",
        },
        headers={"Referer": f"https://{HOST}/en/contact/inquiry/"},
    )
    assert answer.status == 302, answer.text[:300]
    inquiry = Inquiry.objects.get(company=company)
    time.sleep(3)  # the worker has tried, and failed
    inquiry.refresh_from_db()
    assert inquiry.confirmation_sent_at is None and len(mail_server.messages) == before

    mail_server.start()

    def delivered():
        inquiry.refresh_from_db()
        return inquiry.confirmation_sent_at and inquiry.notification_sent_at

    wait_until(delivered, 45, "the emails going out")
    recipients = sorted(message["to"][0] for message in mail_server.messages[before:])
    assert recipients == ["sato@example.jp", "xuctien@rehearsal.test"]
    assert isinstance(inquiry.confirmation_sent_at, datetime)
