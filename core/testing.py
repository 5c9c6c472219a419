"""Test helpers for every app: a small HTML tree from the standard library's parser, admin forms as a browser posts
them, the number of queries a page takes, a real SMTP server to send mail to, and the cache on the real Redis."""

import email
import email.policy
import os
import socket
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import boto3
import pytest
from aiosmtpd.controller import Controller
from django import forms
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from moto.server import ThreadedMotoServer

from core.i18n import has_text, language_codes

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = {name: value if value is not None else "" for name, value in attrs}
        self.parent = parent
        self.children = []

    @property
    def classes(self):
        return self.attrs.get("class", "").split()

    def text(self):
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, class_=None, **attrs):
        return [
            element
            for element in self.iter()
            if (tag is None or element.tag == tag)
            and (class_ is None or class_ in element.classes)
            and all(element.attrs.get(name) == value for name, value in attrs.items())
        ]

    def find(self, tag=None, class_=None, **attrs):
        found = self.find_all(tag, class_, **attrs)
        return found[0] if found else None

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [])
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html):
    if not isinstance(html, str):
        html = html.decode()
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def language_switch_links(html):
    """{language code: href} of the links in the page's `<nav class="lang-switch">`."""
    nav = parse(html).find("nav", class_="lang-switch")
    assert nav is not None, "no <nav class=lang-switch> on the page"
    return {link.attrs["hreflang"]: link.attrs["href"] for link in nav.find_all("a")}


def hreflangs(html):
    """The languages of the page's `<link rel="alternate" hreflang>` links (x-default included)."""
    return {
        link.attrs["hreflang"] for link in parse(html).find_all("link", rel="alternate") if "hreflang" in link.attrs
    }


def listed_languages(obj=None):
    """The languages a page about `obj` is listed in (hreflang, sitemap): those it has its own text in; every
    language for a page about no object, or about one with no title of its own (a plot)."""
    title_field = getattr(obj, "translation_title_field", None)
    return {code for code in language_codes() if title_field is None or has_text(obj, title_field, code)}


def admin_form_data(response):
    """What a browser would post back from an admin add or change page, inlines included."""
    data = {}

    def add(form):
        for bound in form:
            if bound.field.disabled:
                continue
            value = bound.value()
            if isinstance(bound.field, forms.BooleanField):
                if value:
                    data[bound.html_name] = "on"
            elif value is None:
                if not isinstance(bound.field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField)):
                    data[bound.html_name] = ""
            elif isinstance(value, (list, tuple)):
                data[bound.html_name] = [str(item) for item in value]
            else:
                data[bound.html_name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def query_count(client, url):
    """The queries a GET of `url` takes (it must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


class SmtpSink:
    """A real SMTP server on a free local port (aiosmtpd), keeping what it receives in `messages`.

    `start()` and `stop()` can be called again, as a mail server goes down and comes back on the same port.
    """

    def __init__(self, port=None):
        self.port = port or free_port()
        self.messages = []
        self.controller = None

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "message": email.message_from_bytes(envelope.content, policy=email.policy.default),
            }
        )
        return "250 Message accepted for delivery"

    def start(self):
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class S3Server:
    """A local S3-compatible server (moto's standalone server) on a free port, with one bucket."""

    def __init__(self, bucket="portal-media"):
        self.port = free_port()
        self.bucket = bucket
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)

    def start(self):
        self.server.start()
        self.client().create_bucket(Bucket=self.bucket)
        return self

    def stop(self):
        self.server.stop()

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id="test",
            aws_secret_access_key="test",
            region_name="us-east-1",
        )

    def storages_setting(self, staticfiles):
        return {
            "default": {
                "BACKEND": "core.storage.MediaS3Storage",
                "OPTIONS": {
                    "bucket_name": self.bucket,
                    "endpoint_url": self.endpoint_url,
                    "access_key": "test",
                    "secret_key": "test",
                    "region_name": "us-east-1",
                    "addressing_style": "path",
                    "file_overwrite": False,
                    "querystring_auth": False,
                },
            },
            "staticfiles": staticfiles,
        }


@contextmanager
def real_redis_cache(settings, backend, location, name):
    """The default cache on the real Redis at `location` (`backend`: the cache class's path), under a key prefix of
    this process's own, emptied before and after; yields the cache."""
    prefix = f"{name}-{os.getpid()}"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": prefix}}
    cache = caches["default"]
    redis = cache._cache.get_client(write=True)
    redis.ping()

    def empty():
        for key in redis.scan_iter(f"{prefix}:*"):
            redis.delete(key)

    empty()
    try:
        yield cache
    finally:
        empty()


def form_fields(html, form_id):
    """What a browser posts back from the form `<form id=form_id>` of a page: its inputs, selects and textareas
    with their current values (checked boxes only), as {name: [values]}."""
    form = parse(html).find("form", id=form_id)
    assert form is not None, f"no <form id={form_id}> on the page"
    fields = {}
    for element in form.iter():
        name = element.attrs.get("name")
        if not name or "disabled" in element.attrs:
            continue
        if element.tag == "input":
            kind = element.attrs.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and "checked" not in element.attrs:
                continue
            fields.setdefault(name, []).append(element.attrs.get("value", "on" if kind == "checkbox" else ""))
        elif element.tag == "textarea":
            # The first newline after <textarea> is not part of the value.
            fields.setdefault(name, []).append(element.text().removeprefix("\n"))
        elif element.tag == "select":
            chosen = [option for option in element.find_all("option") if "selected" in option.attrs]
            if not chosen and "multiple" not in element.attrs:
                chosen = element.find_all("option")[:1]
            for option in chosen:
                fields.setdefault(name, []).append(option.attrs.get("value", option.text()))
    return fields


# Debian's fonts-nanum: letters of a language the PDFs' own font has not (Korean), for DJANGO_PDF_FALLBACK_FONTS.
KOREAN_FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")


def korean_font():
    """The path of a font with Korean letters; skipped (or failed on CI) when it is not installed."""
    if not KOREAN_FONT.is_file():
        message = f"{KOREAN_FONT} is not installed: apt-get install -y fonts-nanum"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return str(KOREAN_FONT)
