"""Whole public pages cached for anonymous visitors.

A page is cached when the request is a GET or HEAD under a language prefix,
from a visitor with no session cookie, and the response is a 200 that sets no
cookie and is not marked private. So a page with a form (which sets the CSRF
cookie), a staff preview or anything after logging in is never cached.

The key is the page's absolute address as the visitor asked for it (scheme,
host and path, as Django's own cache middleware keys) with only the query
parameters the page reads (a view lists them in `query_params`, see
core.views.reads_query): `?utm_source=…` and other parameters no page reads
share the page without them.

Each stored page carries the content version it was made from (core.content),
and a hit reads the version and the page in one round trip: a page made
before a change is never served after it. No page is kept past the next
moment public content changes by itself (a scheduled news post).

A page is stored with its brotli and gzip bodies (portal/compression.py) and
sent in the encoding the client accepts.

With a shared cache (Redis), each process also keeps a copy of the pages it
served last (PAGE_CACHE_RECENT_PAGES), with the version each was made from and
the moment it expires, and serves the copy while the version is the same. The
version is read through Redis's client-side tracking (core/cache.py): from the
process while Redis has not said it changed, so such a hit makes no round trip
at all; any other hit makes one, for the version and the page together.

The cache failing (Redis away) never fails a page: it is served uncached.
"""

import hashlib
import logging
import pickle
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

from core.content import VERSION_KEY, content_version, seconds_to_keep
from portal.compression import accepted_encoding, compressed_bodies, may_compress, send_encoded

logger = logging.getLogger(__name__)


def _timeout():
    return seconds_to_keep(settings.PAGE_CACHE_SECONDS)


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


def query_params(request):
    """The query parameters the page at this address reads (its view's `query_params`); () for none."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            view = resolve(request.path_info).func
    except Resolver404:
        return ()
    return getattr(getattr(view, "view_class", view), "query_params", ())


def page_key(request):
    """The cache key of the page: scheme, host, path and the parameters the page reads, in a fixed order."""
    read = query_params(request)
    # The parameters in a fixed order; a parameter's values in theirs (a shortlist is in the order it was made).
    params = [(name, value) for name in sorted(set(read)) for value in request.GET.getlist(name)]
    address = request.build_absolute_uri(request.path)
    if params:
        address += "?" + urlencode(params)
    return "page-cache:page:" + hashlib.sha256(address.encode()).hexdigest()


class RecentPages:
    """The pages this process served last (at most PAGE_CACHE_RECENT_PAGES), each with the content version it was
    made from and the moment (time.time()) it expires; kept pickled, so that each hit gets its own copy."""

    def __init__(self):
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """(version, response, bodies) of the copy kept under `key`, or None (none, or expired)."""
        with self._lock:
            kept = self._pages.get(key)
            if kept is None:
                return None
            if kept[1] <= time.time():
                del self._pages[key]
                return None
            self._pages.move_to_end(key)
        version, _expires, page = kept
        return (version, *pickle.loads(page))

    def put(self, key, version, expires, response, bodies):
        size = settings.PAGE_CACHE_RECENT_PAGES
        if size <= 0:
            return
        page = pickle.dumps((response, bodies), pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._pages[key] = (version, expires, page)
            self._pages.move_to_end(key)
            while len(self._pages) > size:
                self._pages.popitem(last=False)

    def forget(self, key):
        with self._lock:
            self._pages.pop(key, None)

    def clear(self):
        with self._lock:
            self._pages.clear()


recent_pages = RecentPages()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        kept = recent_pages.get(key) if settings.PAGE_CACHE_RECENT_PAGES > 0 else None
        if kept is not None:
            # This process's copy, while it is of the current version: the version alone is read, through Redis's
            # tracking where the cache has it (core/cache.py): no round trip while the version stands.
            read = getattr(cache, "get_tracked", cache.get)
            version = read(VERSION_KEY)
            if version is not None and kept[0] == version:
                return _hit(request, kept[1], kept[2])
            recent_pages.forget(key)
        # One round trip: the current version and the stored page with the version it was made from, and the
        # moment it expires.
        found = cache.get_many([VERSION_KEY, key])
        version, stored = found.get(VERSION_KEY), found.get(key)
        # (A page stored by an earlier release, without its expiry, is made again.)
        if version is not None and stored is not None and len(stored) == 4 and stored[0] == version:
            _version, response, bodies, expires = stored
            recent_pages.put(key, version, expires, response, bodies)
            return _hit(request, response, bodies)
        if version is None:
            version = content_version(request)
        else:
            request._content_version = version
        response = self.get_response(request)
        if version is not None and _cacheable_response(response):
            timeout = _timeout()
            if timeout > 0:
                if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                    response.render()
                bodies = compressed_bodies(response.content) if may_compress(request, response) else None
                expires = time.time() + timeout
                cache.set(key, (version, response, bodies, expires), timeout)
                recent_pages.put(key, version, expires, response, bodies)
                response["X-Page-Cache"] = "miss"
                return _encoded(request, response, bodies)
            response["X-Page-Cache"] = "miss"
        return response


def _hit(request, response, bodies):
    response["X-Page-Cache"] = "hit"
    return _encoded(request, response, bodies)


def _encoded(request, response, bodies):
    """The stored page as the client accepts it: brotli, gzip, or as it is."""
    if bodies is None:
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    encoding = accepted_encoding(request)
    if encoding in bodies:
        send_encoded(response, encoding, bodies[encoding])
    return response
