"""Parts of pages, and data derived from public content, made once per content version and reused.

The page cache (portal/page_cache.py) keeps whole pages for anonymous
visitors. Below it, for every visitor (staff and logged-in users too, and
pages the page cache leaves out), two things are kept until public content
changes:

- parts of a page (`{% cached_block %}` in core_tags): the header and footer
  of each address, and a page's content block unless it carries a CSRF
  token. They live in the shared cache, each with the content version it was
  made from; a request reads the version and every part of its page in one
  round trip (`stored_parts`), before its view reads any data
  (`RenderCacheMiddleware`). Only GET and HEAD requests use them, and not a
  request that read the visitor's session, nor a view that says its page is
  the visitor's own (`per_visitor`, core.views): the answer to a form, a
  confirmation that names the visitor, the page of an alert's link, a staff
  preview are not the page at their address.
- data a view derives from content and needs on every request, such as the
  choices of a filter form (`per_version`): kept in this process, with the
  version it was made from.

The version (core.content) moves when the transaction of a change commits,
so a request that starts after the commit never gets a part or a value made
from the old data. Nothing is kept past the next moment content changes by
itself (a scheduled news post), nor longer than RENDER_CACHE_SECONDS; 0 turns
both off (the tests do, except those about this module).
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from core.content import VERSION_KEY, content_version, seconds_to_keep

# The parts templates declare, as (name, per_path): a request fetches all of its address's at once.
_PARTS = set()
# key: (version, expiry on the monotonic clock, value)
_DERIVED = {}
MAX_DERIVED = 2048


def enabled():
    return settings.RENDER_CACHE_SECONDS > 0


def _session_read(request):
    session = getattr(request, "session", None)
    return session is not None and session.accessed


def _view_of(request):
    match = getattr(request, "resolver_match", None)
    view = getattr(match, "func", None)
    return getattr(view, "view_class", view)


def applies(request):
    """Whether this request may read and store parts: the cache is on, the request is a GET or HEAD, its view
    does not say its page is the visitor's own, and nothing read the visitor's session (what it shows may be
    theirs)."""
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and not getattr(_view_of(request), "per_visitor", False)
        and not _session_read(request)
    )


def declare_part(name, per_path):
    _PARTS.add((name, per_path))


def part_key(name, request, per_path):
    """The part `name` of the page at this address: scheme, host, path and (unless `per_path`) the query
    parameters the view reads, in a fixed order; and the language."""
    address = request.build_absolute_uri(request.path)
    if not per_path:
        read = getattr(_view_of(request), "query_params", ())
        # The parameters in a fixed order; a parameter's values in theirs (a shortlist is in the order it was made).
        params = [(param, value) for param in sorted(set(read)) for value in request.GET.getlist(param)]
        if params:
            address += "?" + urlencode(params)
    return f"render:{name}:{translation.get_language()}:" + hashlib.sha256(address.encode()).hexdigest()


def stored_parts(request):
    """{key: html} of the parts of this page stored for the current version, read with the version in one
    round trip, once per request; None while the cache does not answer."""
    if hasattr(request, "_stored_parts"):
        return request._stored_parts
    keys = {part_key(name, request, per_path): None for name, per_path in _PARTS}
    found = cache.get_many([VERSION_KEY, *keys])
    version = getattr(request, "_content_version", None)
    if version is None:
        version = found.get(VERSION_KEY)
    if version is None:
        version = content_version(request)
    request._content_version = version
    if version is None:
        parts = None
    else:
        parts = {key: stored[1] for key in keys if (stored := found.get(key)) is not None and stored[0] == version}
    request._stored_parts = parts
    return parts


def _seconds_to_keep(request):
    """How long what this request makes may be kept (core.content.seconds_to_keep), worked out once per request."""
    if request is None:
        return seconds_to_keep(settings.RENDER_CACHE_SECONDS)
    if not hasattr(request, "_render_cache_timeout"):
        request._render_cache_timeout = seconds_to_keep(settings.RENDER_CACHE_SECONDS)
    return request._render_cache_timeout


def store_part(request, key, html):
    """Keep a part for its content version; never one that holds this visitor's CSRF token (Django's
    `get_token()` marks the request when anything on the page asked for it), nor one made after the visitor's
    session was read."""
    if "CSRF_COOKIE_NEEDS_UPDATE" in request.META or _session_read(request):
        return
    timeout = _seconds_to_keep(request)
    if timeout > 0:
        cache.set(key, (request._content_version, html), timeout)


class RenderCacheMiddleware:
    """Reads the content version and the page's stored parts before the view reads any data. A part is stored
    with the version its request started with: made from data read before a change committed, it is never taken
    for a part of the version after the change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The site's pages (under a language prefix, outside the admin); other answers have no parts.
        prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        if applies(request) and request.path.startswith(prefixes) and "/admin/" not in request.path:
            stored_parts(request)


def per_version(request, key, compute):
    """`compute()`, worked out once per content version (and language, when `key` names it) in this process.

    For data read on every request that only content changes: the choices of a
    filter form, a plan's geometry. What it returns is shared by every request
    of the process, so it must be treated as read-only.
    """
    version = content_version(request) if enabled() else None
    if version is None:
        return compute()
    now = time.monotonic()
    found = _DERIVED.get(key)
    if found is not None and found[0] == version and found[1] > now:
        return found[2]
    value = compute()
    if len(_DERIVED) >= MAX_DERIVED:
        _DERIVED.clear()
    _DERIVED[key] = (version, now + _seconds_to_keep(request), value)
    return value
