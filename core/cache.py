"""The shared cache on Redis, made to fail soft: an outage of Redis slows the site, never breaks it.

Django's RedisCache raises on every call while Redis is away; here a read
answers "not cached", a write is skipped and a counter starts again, each
logged once per RETRY_LOG_SECONDS, and the next call tries Redis again (the
connection pool reconnects by itself). `ping()` raises, for the readiness
check. One Redis client is kept per cache object, instead of one per call.

`get_tracked()` reads a key that every request reads and few writes change
(the content version) through Redis's client-side tracking (TrackedReads):
from this process's memory until Redis says the key changed.
"""

import contextlib
import logging
import os
import threading
import time

import redis
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_LOG_SECONDS = 60


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class TrackedReads:
    """Keys of one Redis server, each read once and then answered from this process until Redis says it changed.

    The connection turns on Redis's client-side tracking (CLIENT TRACKING, RESP3): once it has read a key, Redis
    pushes an invalidation to it when anything changes the key (a write from any process, its expiry, a flush).
    Redis writes the push in the turn of its event loop that carries out the change, just after its answer to
    the writer: by the time Redis has answered anything after the change, the push is on this process's socket.
    Before each read the pushes on the socket are taken in, with a poll that does not wait; a key no push has
    named is answered from memory. A change made through this process's cache is forgotten here at once
    (`forget`). A lost connection forgets every key and is made again once; an error after that is raised, and
    the next read tries again.
    """

    def __init__(self, url, options):
        self._url = url
        self._options = options
        self._connection = None
        self._pid = None
        self._values = {}
        self._lock = threading.Lock()

    def _connect(self):
        pool = redis.ConnectionPool.from_url(self._url, protocol=3, **self._options)
        connection = pool.get_connection()
        connection.send_command("CLIENT", "TRACKING", "ON")
        connection.read_response()
        connection._parser.set_invalidation_push_handler(self._invalidated)
        self._values.clear()
        self._connection, self._pid = connection, os.getpid()

    def _invalidated(self, push):
        keys = push[1]
        if keys is None:  # the database was flushed
            self._values.clear()
            return
        for key in keys:
            self._values.pop(key if isinstance(key, bytes) else key.encode(), None)

    def _forget(self):
        self._values.clear()
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(RedisError, OSError):
                connection.disconnect()

    def forget(self, key=None):
        """Ask Redis again for `key` (every key: None) on its next read."""
        with self._lock:
            if key is None:
                self._values.clear()
            else:
                self._values.pop(key.encode(), None)

    def get(self, key):
        """The raw value of `key` (bytes, or None where there is none)."""
        name = key.encode()
        with self._lock:
            connected = self._connection is not None and self._pid == os.getpid()
            try:
                return self._read(key, name)
            except (RedisError, OSError):
                self._forget()
                if not connected:
                    raise
            # The connection was lost (Redis restarted, or closed it): once more, on a new one.
            try:
                return self._read(key, name)
            except (RedisError, OSError):
                self._forget()
                raise

    def _read(self, key, name):
        # A connection made before this worker process was forked is its parent's.
        if self._connection is None or self._pid != os.getpid():
            self._connect()
        connection = self._connection
        while connection.can_read(timeout=0):
            connection.read_response(push_request=True)
        if name not in self._values:
            connection.send_command("GET", key)
            self._values[name] = connection.read_response()
        return self._values[name]


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self._last_logged = 0.0
        self._tracked = None
        self._tracking_refused = False

    def _outage(self, operation, error):
        now = time.monotonic()
        if now - self._last_logged >= RETRY_LOG_SECONDS:
            self._last_logged = now
            logger.warning("Cache unavailable (%s: %s); serving without it.", operation, error)

    def get_tracked(self, key, default=None, version=None):
        """`get()` of a key read on every request and seldom changed, answered from this process until Redis says
        the key changed (TrackedReads): no round trip while it has not. Whatever changes the key, from any
        process, is seen by the next read here. A server that answers the tracking command with an error (the
        CLIENT command turned off, say) is read with `get()` from then on. Tracking needs Redis 6 or newer."""
        if self._tracking_refused:
            return self.get(key, default, version)
        name = self.make_and_validate_key(key, version=version)
        if self._tracked is None:
            options = {option: value for option, value in self._cache._pool_options.items() if option != "parser_class"}
            self._tracked = TrackedReads(self._cache._servers[0], options)
        try:
            value = self._tracked.get(name)
        except ResponseError as error:
            self._tracking_refused = True
            logger.warning(
                "Redis refused client-side tracking (%s); the content version is read on every request.", error
            )
            return self.get(key, default, version)
        except OUTAGE + (RedisError,) as error:
            self._outage("get", error)
            return default
        return default if value is None else self._cache._serializer.loads(value)

    def _untrack(self, keys, version=None):
        """After a write through this cache: the keys written are read from Redis again (all of them: None)."""
        if self._tracked is None:
            return
        if keys is None:
            self._tracked.forget()
            return
        for key in keys:
            self._tracked.forget(self.make_and_validate_key(key, version=version))

    def ping(self):
        """True while Redis answers; raises the client's error otherwise."""
        return self._cache.get_client(write=True).ping()

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except OUTAGE as error:
            self._outage("get", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except OUTAGE as error:
            self._outage("get_many", error)
            return {}

    # The writes: what this process writes, it reads from Redis again (`_untrack`), outage or not.

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except OUTAGE as error:
            self._outage("set", error)
        self._untrack([key], version)

    def set_many(self, data, timeout=None, version=None):
        try:
            failed = super().set_many(data, timeout, version)
        except OUTAGE as error:
            self._outage("set_many", error)
            failed = list(data)
        self._untrack(list(data), version)
        return failed

    def add(self, key, value, timeout=None, version=None):
        try:
            added = super().add(key, value, timeout, version)
        except OUTAGE as error:
            self._outage("add", error)
            added = False
        self._untrack([key], version)
        return added

    def incr(self, key, delta=1, version=None):
        try:
            value = super().incr(key, delta, version)
        except OUTAGE as error:
            # Callers treat ValueError as "no such key" and start the count again.
            self._outage("incr", error)
            raise ValueError(f"Key {key!r} not found (cache unavailable).") from error
        finally:
            self._untrack([key], version)
        return value

    def delete(self, key, version=None):
        try:
            deleted = super().delete(key, version)
        except OUTAGE as error:
            self._outage("delete", error)
            deleted = False
        self._untrack([key], version)
        return deleted

    def delete_many(self, keys, version=None):
        keys = list(keys)
        try:
            super().delete_many(keys, version)
        except OUTAGE as error:
            self._outage("delete_many", error)
        self._untrack(keys, version)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except OUTAGE as error:
            self._outage("touch", error)
            return False

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except OUTAGE as error:
            self._outage("has_key", error)
            return False

    def clear(self):
        try:
            cleared = super().clear()
        except OUTAGE as error:
            self._outage("clear", error)
            cleared = False
        self._untrack(None)
        return cleared
