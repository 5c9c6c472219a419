"""The inquiry's emails go out from the task queue, off the request, and are not lost while the mail server is
down: the task tries again, `run_pending` queues what is still unsent, and nothing is sent twice.

The tasks are kept in the database and run by the worker command, as in production; the mail server is a real
SMTP server on a local port (core.testing.SmtpSink), stopped and started again.
"""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.testing import SmtpSink, free_port
from inquiries.models import Inquiry

# The worker runs as in production, outside a transaction: between tasks it closes a connection left in a
# transaction, which a test wrapped in one would lose (PostgreSQL).
pytestmark = pytest.mark.django_db(transaction=True)

FORM = {
    "company": "Kanto Seimitsu Co., Ltd.",
    "contact_name": "Sato Hanako",
    "email": "sato@example.jp",
    "phone": "+81 3 1234 5678",
    "country": "Japan",
    "preferred_language": "en",
    "capital_currency": "USD",
    "timeline": "6_months",
    "message": "We make precision parts.",
    "consent": "on",
}


@pytest.fixture
def mail_server(settings):
    """Settings for SMTP to a local port; the server on it is not started (down) until the test starts it."""
    sink = SmtpSink(port=free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", sink.port, 2
    settings.INQUIRY_NOTIFY_EMAIL = "xuctien@thanhbinh.example"
    yield sink
    sink.stop()


@pytest.fixture
def task_queue(settings):
    """Tasks kept in the database until the worker runs them; a failed one is tried again 30 s later."""
    settings.TASK_RETRY_DELAY = 30
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        cache.clear()
        yield
    cache.clear()


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def time_passes():
    """The back-off delay is over: the tasks queued to run later are due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def send_inquiry(client):
    response = client.post(reverse("inquiries:inquiry"), FORM)
    assert response.status_code == 302
    return Inquiry.objects.get(company=FORM["company"])


def test_the_request_only_queues_the_emails(client, park, mail_server, task_queue):
    mail_server.start()
    inquiry = send_inquiry(client)
    assert mail_server.messages == []
    assert inquiry.confirmation_sent_at is None and inquiry.notification_sent_at is None
    assert DBTaskResult.objects.count() == 1
    run_worker()
    inquiry.refresh_from_db()
    assert inquiry.confirmation_sent_at and inquiry.notification_sent_at
    assert sorted(message["to"][0] for message in mail_server.messages) == [
        "sato@example.jp",
        "xuctien@thanhbinh.example",
    ]
    confirmation = next(m["message"] for m in mail_server.messages if m["to"] == ["sato@example.jp"])
    assert inquiry.reference in confirmation["Subject"] + confirmation.get_content()


def test_with_the_mail_server_down_the_inquiry_is_kept_and_its_emails_go_out_once_it_is_back(
    client, park, mail_server, task_queue, caplog
):
    inquiry = send_inquiry(client)
    run_worker()  # the mail server is down: the task fails and queues itself again
    inquiry.refresh_from_db()
    assert inquiry.confirmation_sent_at is None
    assert "could not send the email" in caplog.text
    assert list(DBTaskResult.objects.order_by("enqueued_at").values_list("status", flat=True)) == ["FAILED", "READY"]

    run_worker()  # the retry is not due yet
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    mail_server.start()
    time_passes()
    run_worker()
    inquiry.refresh_from_db()
    assert inquiry.confirmation_sent_at and inquiry.notification_sent_at
    assert len(mail_server.messages) == 2
    # Queued again (by run_pending, say) and run again: nothing is sent twice.
    call_command("run_pending", verbosity=0)
    run_worker()
    assert len(mail_server.messages) == 2


def test_when_the_tries_run_out_run_pending_queues_the_emails_again(
    client, park, mail_server, task_queue, settings, capsys
):
    settings.TASK_RETRIES = 2
    inquiry = send_inquiry(client)
    run_worker()
    time_passes()
    run_worker()
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
    assert not DBTaskResult.objects.filter(status="READY").exists()

    mail_server.start()
    call_command("run_pending")
    assert "Queued: 1 inquiries with emails to send" in capsys.readouterr().out
    run_worker()
    inquiry.refresh_from_db()
    assert inquiry.confirmation_sent_at and inquiry.notification_sent_at
    assert len(mail_server.messages) == 2


def test_the_back_off_doubles(client, park, mail_server, task_queue):
    send_inquiry(client)
    for attempt, delay in ((2, 30), (3, 60), (4, 120)):
        before = timezone.now()
        run_worker()
        retry = DBTaskResult.objects.get(status="READY")
        assert retry.args_kwargs["kwargs"] == {"attempt": attempt}
        assert timedelta(seconds=delay - 1) < retry.run_after - before < timedelta(seconds=delay + 5)
        time_passes()
