"""Counters in the shared cache for the public forms' limits (inquiries, plot alerts)."""

from django.core.cache import cache


def count_in_window(key, window):
    """Add one to a counter that lives `window` seconds from its first count; the count after it.

    A fixed window in the shared cache: incr() is atomic in Redis and in the
    local-memory cache alike.
    """
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1
