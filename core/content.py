"""What counts as public content, the signal that says it changed, and the version that follows it.

Pages cached for visitors (portal/page_cache.py) and anything else derived
from public content listen to `content_changed`. Saves, deletes and
many-to-many changes of the models of CONTENT_APPS send it by themselves
(`connect_model_signals`, from CoreConfig.ready); code that writes public
content without model signals (`QuerySet.update()`) calls
`mark_content_changed()`.
The signal is sent after the transaction commits: a request that starts
after the commit never sees a page made from the old data.

The content version is a number in the shared cache that moves on every
change: whatever is derived from public content and kept in the cache (whole
pages, parts of pages, plans, figures) is stored with, or keyed by, the
version it was made from, so it is never used after a change. Time changes
content too (a news post scheduled for later): apps register when public
content next changes by itself, and nothing is kept past that moment.
"""

import secrets

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

# The apps whose models visitors see. Investors' inquiries, plot alert
# subscriptions, translation records, accounts and sessions are not public content.
CONTENT_APPS = ("parks", "projects", "news", "pages", "changelog")

content_changed = Signal()

VERSION_KEY = "content:version"
_next_change_hooks = []


def content_version(request=None):
    """The current content version (made up at random where the cache has none: a new or emptied cache); None
    while the cache does not answer. Read once per request when given the request."""
    if request is not None and hasattr(request, "_content_version"):
        return request._content_version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, secrets.randbits(48), timeout=None)
        version = cache.get(VERSION_KEY)
    if request is not None:
        request._content_version = version
    return version


def bump_content_version(**kwargs):
    """Make everything derived from public content stale (connected to `content_changed`)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        # No version yet, or the cache is away: a new random version is as good as a bumped one.
        cache.set(VERSION_KEY, secrets.randbits(48), timeout=None)


def register_next_change(function):
    """`function()` returns the datetime when public content next changes by itself, or None."""
    _next_change_hooks.append(function)
    return function


def seconds_to_keep(limit):
    """At most `limit` seconds, and not past the next moment public content changes by itself."""
    seconds = limit
    now = timezone.now()
    for hook in _next_change_hooks:
        moment = hook()
        if moment is not None:
            seconds = min(seconds, max(0, int((moment - now).total_seconds())))
    return seconds


def is_public_content(model):
    return model._meta.app_label in CONTENT_APPS


def _announce():
    content_changed.send(sender=None)


def mark_content_changed(using=None):
    """Send `content_changed` once the current transaction commits (at once outside a transaction).

    Each change announces itself: a transaction of many changes moves the
    version as often, which costs a counter increment each, after the commit.
    A change in a savepoint that is rolled back is not announced.
    """
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _announce()
        return
    transaction.on_commit(_announce, using=using)


def _model_changed(sender, raw=False, **kwargs):
    if not raw and is_public_content(sender):
        mark_content_changed(using=kwargs.get("using"))


def connect_model_signals():
    """Saves, deletes and many-to-many changes of public content announce themselves, and move the version
    (from CoreConfig.ready)."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"core.content.{signal}")
    content_changed.connect(bump_content_version, dispatch_uid="core.content.version")
