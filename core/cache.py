"""The shared cache on Redis, made to fail soft: an outage of Redis slows the site, never breaks it.

Django's RedisCache raises on every call while Redis is away; here a read
answers "not cached", a write is skipped and a counter starts again, each
logged once per RETRY_LOG_SECONDS, and the next call tries Redis again (the
connection pool reconnects by itself). `ping()` raises, for the readiness
check. One Redis client is kept per cache object, instead of one per call.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
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


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self._last_logged = 0.0

    def _outage(self, operation, error):
        now = time.monotonic()
        if now - self._last_logged >= RETRY_LOG_SECONDS:
            self._last_logged = now
            logger.warning("Cache unavailable (%s: %s); serving without it.", operation, error)

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

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except OUTAGE as error:
            self._outage("set", error)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except OUTAGE as error:
            self._outage("set_many", error)
            return list(data)

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except OUTAGE as error:
            self._outage("add", error)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE as error:
            # Callers treat ValueError as "no such key" and start the count again.
            self._outage("incr", error)
            raise ValueError(f"Key {key!r} not found (cache unavailable).") from error

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except OUTAGE as error:
            self._outage("delete", error)
            return False

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
            return super().clear()
        except OUTAGE as error:
            self._outage("clear", error)
            return False
