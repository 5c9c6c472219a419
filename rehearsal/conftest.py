"""The rehearsal's fixtures: the mail server, an administrator logged in on app server A, Redis to stop."""

import pytest
from support import PORTS, Browser, Redis, port_open

from core.testing import SmtpSink


@pytest.fixture(scope="session")
def mail_server():
    """The mail server the app servers and the worker send to: running unless a test stops it."""
    sink = SmtpSink(port=PORTS["smtp"]).start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def admin_on_a():
    return Browser("a").log_in_to_the_admin()


@pytest.fixture
def redis():
    server = Redis()
    yield server
    if not port_open(PORTS["redis"]):
        server.start()
