"""Responses compressed for the clients that accept it: brotli, or gzip.

A page cached whole (portal/page_cache.py) is stored with its brotli and
gzip bodies, made once with the strongest settings, and a hit sends the one
the client accepts. Other responses are compressed as they leave
(`CompressionMiddleware`), with faster settings.

Never compressed: a response that carries this visitor's CSRF token (a page
with a form, the admin): compressing a secret beside text the visitor can
inject is what the BREACH attack reads. Nor a streamed one, one already
encoded, a small one, or a type that does not shrink (images, PDFs). Every
response that could have been compressed says `Vary: Accept-Encoding`, so
that a shared cache keeps the variants apart. Static files are compressed
ahead of time by whitenoise (collectstatic) and never pass through here.
"""

import gzip

import brotli
from django.conf import settings
from django.utils.cache import patch_vary_headers

MIN_LENGTH = 1024
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/ld+json",
    "application/xml",
    "application/atom+xml",
    "application/javascript",
    "image/svg+xml",
)
# The client's preference does not matter beyond acceptance: brotli is smaller, so it goes first.
ENCODINGS = ("br", "gzip")


def accepted_encoding(request):
    """The best encoding the client accepts ("br" or "gzip"), or None."""
    header = request.headers.get("Accept-Encoding", "")
    accepted = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        name = name.strip().lower()
        quality = params.strip()
        if quality.startswith("q="):
            try:
                if float(quality[2:]) <= 0:
                    continue
            except ValueError:
                continue
        accepted.add(name)
    for encoding in ENCODINGS:
        if encoding in accepted or "*" in accepted:
            return encoding
    return None


def carries_csrf_token(request, response):
    """Whether the response holds (or sets) this visitor's CSRF token. Django's `get_token()` marks the request
    when anything asks for the token (the flag is set back to False once the cookie is sent, but stays)."""
    return "CSRF_COOKIE_NEEDS_UPDATE" in request.META or settings.CSRF_COOKIE_NAME in response.cookies


def may_compress(request, response):
    """Whether this response can be sent compressed at all (whatever the client accepts)."""
    if carries_csrf_token(request, response):
        return False
    if response.streaming or response.has_header("Content-Encoding"):
        return False
    if not response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES):
        return False
    return len(response.content) >= MIN_LENGTH


def compress(content, encoding, best=False):
    if encoding == "br":
        return brotli.compress(content, quality=11 if best else 5)
    # mtime=0: the same page gives the same bytes.
    return gzip.compress(content, compresslevel=9 if best else 6, mtime=0)


def compressed_bodies(content):
    """Every encoding of `content`, made with the strongest settings: for what is stored and sent many times."""
    bodies = {encoding: compress(content, encoding, best=True) for encoding in ENCODINGS}
    return {encoding: body for encoding, body in bodies.items() if len(body) < len(content)}


def send_encoded(response, encoding, body):
    response.content = body
    response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(body))


class CompressionMiddleware:
    """Compresses what leaves the app uncompressed, where it may (see the module's notes)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Content-Encoding") or not may_compress(request, response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        encoding = accepted_encoding(request)
        if encoding is not None:
            body = compress(response.content, encoding)
            if len(body) < len(response.content):
                send_encoded(response, encoding, body)
        return response
