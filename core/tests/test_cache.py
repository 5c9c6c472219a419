"""The shared cache on the real Redis: a tracked key (the content version) is read from Redis once, then from the
process, and every change to it, from any connection, is seen by the next read."""

import os

import pytest
import redis as redis_library

from core.cache import ResilientRedisCache, TrackedReads

# db 13: the tests' own (FLUSHDB there touches no other test's keys).
URL = "redis://127.0.0.1:6379/13"


@pytest.fixture
def shared():
    """The site's cache backend on the real Redis, under a prefix of this process's own, and a raw client: another
    app server's connection."""
    prefix = f"tracked-test-{os.getpid()}"
    backend = ResilientRedisCache(URL, {"KEY_PREFIX": prefix})
    other = redis_library.Redis.from_url(URL)
    other.ping()

    def empty():
        for key in other.scan_iter(f"{prefix}:*"):
            other.delete(key)

    empty()
    yield backend, other
    empty()
    if backend._tracked is not None:
        backend._tracked._forget()
    other.close()


def sent_commands(backend):
    """The commands the tracking connection sends from now on."""
    sent = []
    connection = backend._tracked._connection
    original = connection.send_command

    def send_command(*args, **kwargs):
        sent.append(args[0])
        return original(*args, **kwargs)

    connection.send_command = send_command
    return sent


def redis_has_answered_since(other):
    """A round trip of the other connection: Redis has finished the turn that made the change it answered."""
    assert other.ping()


def test_a_tracked_key_is_read_from_redis_once_then_from_the_process(shared):
    backend, _other = shared
    backend.set("content:version", 41)
    assert backend.get_tracked("content:version") == 41
    sent = sent_commands(backend)
    assert [backend.get_tracked("content:version") for _ in range(5)] == [41] * 5
    assert sent == []
    assert backend.get_tracked("absent", default="none") == "none"
    assert sent == ["GET"]


def test_a_change_from_another_connection_is_seen_by_the_next_read(shared):
    backend, other = shared
    backend.set("content:version", 1)
    key = backend.make_key("content:version")
    for expected in range(2, 40):
        assert backend.get_tracked("content:version") == expected - 1
        assert other.incr(key) == expected
        redis_has_answered_since(other)
        assert backend.get_tracked("content:version") == expected
    other.delete(key)
    redis_has_answered_since(other)
    assert backend.get_tracked("content:version") is None
    other.set(key, 7, px=50)
    redis_has_answered_since(other)
    assert backend.get_tracked("content:version") == 7


def test_a_write_through_this_cache_is_seen_at_once(shared):
    backend, _other = shared
    backend.set("content:version", 5)
    assert backend.get_tracked("content:version") == 5
    backend.incr("content:version")
    assert backend.get_tracked("content:version") == 6
    backend.set_many({"content:version": 10, "other": 1})
    assert backend.get_tracked("content:version") == 10
    backend.delete("content:version")
    assert backend.get_tracked("content:version") is None
    backend.add("content:version", 3)
    assert backend.get_tracked("content:version") == 3
    backend.delete_many(["content:version"])
    assert backend.get_tracked("content:version") is None
    backend.set("content:version", 4)
    backend.clear()
    assert backend.get_tracked("content:version") is None


def test_a_flush_or_a_lost_connection_forgets_every_key(shared):
    backend, other = shared
    backend.set("content:version", 5)
    assert backend.get_tracked("content:version") == 5
    other.flushdb()
    redis_has_answered_since(other)
    assert backend.get_tracked("content:version") is None
    backend.set("content:version", 6)
    assert backend.get_tracked("content:version") == 6
    # Redis closes the tracking connection (as on a restart); meanwhile the value changes, and no push can say so.
    (tracking,) = [client for client in other.client_list() if client["db"] == "13" and "t" in client["flags"]]
    other.execute_command("CLIENT", "KILL", "ID", tracking["id"])
    other.set(backend.make_key("content:version"), 8)
    assert backend.get_tracked("content:version") == 8


def test_with_redis_away_a_tracked_read_answers_nothing_and_raises_nothing():
    backend = ResilientRedisCache("redis://127.0.0.1:9/0", {"OPTIONS": {"socket_connect_timeout": 0.2}})
    assert backend.get_tracked("content:version") is None
    assert backend.get_tracked("content:version", default=0) == 0


def test_a_server_that_refuses_tracking_is_read_on_every_request(shared, monkeypatch, caplog):
    """A Redis that answers the tracking command with an error (CLIENT turned off, say): the key is read
    with a plain GET from then on, and a change is seen at once."""
    backend, other = shared
    backend.set("content:version", 5)

    def refused(self):
        connection = redis_library.ConnectionPool.from_url(URL).get_connection()
        connection.send_command("CLIENT", "NO-SUCH-SUBCOMMAND")
        connection.read_response()

    monkeypatch.setattr(TrackedReads, "_connect", refused)
    assert backend.get_tracked("content:version") == 5
    assert "refused client-side tracking" in caplog.text
    other.incr(backend.make_key("content:version"))
    assert backend.get_tracked("content:version") == 6
