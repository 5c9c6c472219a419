"""Whole public pages cached for anonymous visitors, per URL (the language is in the URL).

A page is cached when the request is a GET or HEAD under a language prefix,
from a visitor with no session cookie, and the response is a 200 that sets no
cookie and is not marked private. So a page with a form (which sets the CSRF
cookie), a staff preview or anything after logging in is never cached.

Any change to the content bumps a version number that is part of every key,
so an edit in the admin shows at once. Time also changes content (a news post
scheduled for later): each app may register a function that returns when its
public content next changes by itself, and no page is kept past that moment.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "page-cache:version"
_next_change_hooks = []


def register_next_change(function):
    """`function()` returns the datetime when public content next changes by itself, or None."""
    _next_change_hooks.append(function)
    return function


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, 2, timeout=None)


def connect_invalidation(app_labels):
    """Every save or delete of a model of these apps makes all cached pages stale."""

    def handler(sender, **kwargs):
        if sender._meta.app_label in app_labels:
            bump_content_version()

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(handler, weak=False, dispatch_uid=f"page_cache.{signal}")


def _timeout():
    seconds = settings.PAGE_CACHE_SECONDS
    now = timezone.now()
    for hook in _next_change_hooks:
        moment = hook()
        if moment is not None:
            seconds = min(seconds, max(0, int((moment - now).total_seconds())))
    return seconds


def _cacheable_request(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return request.path.startswith(prefixes) and "/admin/" not in request.path


def _cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "Cookie" not in response.get("Vary", "")
    )


def _key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page-cache:{content_version()}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(response):
            timeout = _timeout()
            if timeout > 0:
                if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                    response.render()
                cache.set(key, response, timeout)
            response["X-Page-Cache"] = "miss"
        return response
