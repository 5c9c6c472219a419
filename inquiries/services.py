"""Investor inquiries: save one, tell the investor and the Board, keep abuse out.

Side effects live here, called by the views and the admin, with keyword-only
arguments.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from core.tasks import retry_later
from inquiries.models import Inquiry, InquiryNote
from parks.models import Park

logger = logging.getLogger(__name__)


class InquiryRateLimited(Exception):
    """This address has sent as many inquiries as it may in the current window."""


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the entry our own proxies added to X-Forwarded-For."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        # Each trusted proxy appended the address it saw; what a client wrote itself comes before those.
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _rate_key(ip_address):
    return f"inquiry-rate:{ip_address or 'unknown'}"


def take_inquiry_slot(*, ip_address):
    """Count one inquiry from `ip_address`; False once it has sent INQUIRY_RATE_LIMIT in the window.

    A fixed window in the shared cache: the first inquiry starts it, and
    incr() is atomic in Redis and in the local-memory cache alike.
    """
    key = _rate_key(ip_address)
    cache.add(key, 0, timeout=settings.INQUIRY_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=settings.INQUIRY_RATE_WINDOW)
        count = 1
    return count <= settings.INQUIRY_RATE_LIMIT


def board_address(park=None):
    """Where the Board is told of new inquiries: INQUIRY_NOTIFY_EMAIL, else the park's email."""
    if settings.INQUIRY_NOTIFY_EMAIL:
        return settings.INQUIRY_NOTIFY_EMAIL
    park = park or Park.objects.first()
    return park.email if park and park.email else ""


def submit_inquiry(*, data, ip_address):
    """Save an inquiry from the form's cleaned data and have both emails sent; InquiryRateLimited over the limit.

    Nothing is saved over the limit. The emails go out in a background task
    (inquiries/tasks.py), queued with the inquiry: the visitor never waits for
    the mail server, and an inquiry stays saved whatever happens to its emails,
    which are tried again until they are sent.
    """
    if not take_inquiry_slot(ip_address=ip_address):
        raise InquiryRateLimited
    with transaction.atomic():
        inquiry = Inquiry.objects.create(
            ip_address=ip_address, **{name: data.get(name) for name in Inquiry.SUBMITTED_FIELDS}
        )
        # An inquiry about a shortlist is linked to each of its plots.
        if data.get("shortlist"):
            inquiry.plots.set(data["shortlist"])
        deliver_inquiry_emails.enqueue(inquiry.pk)
    return inquiry


def _render_email(template, *, inquiry, language, **context):
    with translation.override(language):
        context = {"inquiry": inquiry, "language": language, "site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"inquiries/email/{template}_subject.txt", context).split())
        body = render_to_string(f"inquiries/email/{template}.txt", context)
    return subject, body


class EmailsNotSent(Exception):
    """The mail server did not take one of the inquiry's emails; they are tried again later."""


def pending_emails(*, board_email):
    """Inquiries with an email still to send: the confirmation, or the Board's notification where there is a board
    address to send it to."""
    waiting = Q(confirmation_sent_at=None)
    if board_email:
        waiting |= Q(notification_sent_at=None)
    return Inquiry.objects.filter(waiting)


def send_inquiry_emails(*, inquiry):
    """The confirmation to the investor, in their language, and the notification to the Board, in Vietnamese.

    Each email is sent once: one already sent is not sent again, and each is
    marked sent as soon as the mail server took it. Raises EmailsNotSent when
    one could not be sent (the caller tries again later).
    """
    park = Park.objects.first()
    board_email = board_address(park)
    board_language = settings.LANGUAGE_CODE
    with translation.override(board_language):
        admin_url = settings.SITE_URL + reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    messages = []  # (the field that records the sending, the message)
    if inquiry.confirmation_sent_at is None:
        subject, body = _render_email(
            "confirmation", inquiry=inquiry, language=inquiry.preferred_language, park=park, board_email=board_email
        )
        message = EmailMessage(
            subject,
            body,
            to=[inquiry.email],
            reply_to=[board_email] if board_email else None,
            headers={"Content-Language": inquiry.preferred_language},
        )
        messages.append(("confirmation_sent_at", message))
    if not board_email:
        logger.warning("Inquiry %s: no board address (INQUIRY_NOTIFY_EMAIL or the park's email) to notify.", inquiry)
    elif inquiry.notification_sent_at is None:
        subject, body = _render_email(
            "notification", inquiry=inquiry, language=board_language, park=park, admin_url=admin_url
        )
        message = EmailMessage(
            subject, body, to=[board_email], reply_to=[inquiry.email], headers={"Content-Language": board_language}
        )
        messages.append(("notification_sent_at", message))
    failed = []
    for field, message in messages:
        try:
            message.send()
        except Exception as error:
            # SMTP down or refusing: the inquiry is saved and in the admin; say so in the log, not to the investor.
            logger.warning("Inquiry %s: could not send the email to %s: %s", inquiry, ", ".join(message.to), error)
            failed.append(message)
            continue
        setattr(inquiry, field, timezone.now())
        Inquiry.objects.filter(pk=inquiry.pk).update(**{field: getattr(inquiry, field)})
    if failed:
        raise EmailsNotSent(f"{len(failed)} of the emails of inquiry {inquiry.reference} were not sent.")


@task()
def deliver_inquiry_emails(inquiry_id, attempt=1):
    """The inquiry's emails, from the task queue; tried again later while the mail server does not take them."""
    inquiry = Inquiry.objects.filter(pk=inquiry_id).first()
    if inquiry is None:
        return  # erased since
    try:
        send_inquiry_emails(inquiry=inquiry)
    except EmailsNotSent:
        retry_later(deliver_inquiry_emails, attempt, inquiry_id)
        raise


def queue_pending_emails():
    """Queue the emails still unsent (an outage outlasted the tries); returns how many inquiries were queued."""
    pending = list(pending_emails(board_email=board_address()).values_list("pk", flat=True))
    for pk in pending:
        deliver_inquiry_emails.enqueue(pk)
    return len(pending)


def record_pipeline_change(*, inquiry, before, user):
    """Add a history note, in the Board's language, for a change of status or assignee.

    `before`: {"status": ..., "assignee_id": ...} as they were before the change.
    """
    lines = []
    with translation.override(settings.LANGUAGE_CODE):
        if before["status"] != inquiry.status:
            lines.append(
                gettext("Status: %(old)s → %(new)s")
                % {"old": Inquiry.Status(before["status"]).label, "new": inquiry.get_status_display()}
            )
        if before["assignee_id"] != inquiry.assignee_id:
            assignee = inquiry.assignee
            name = (assignee.get_full_name() or assignee.get_username()) if assignee else "—"
            lines.append(gettext("Assigned to: %(name)s") % {"name": name})
    if lines:
        InquiryNote.objects.create(inquiry=inquiry, author=user, text="\n".join(lines))
