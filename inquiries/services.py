"""Investor inquiries: save one, tell the investor and the Board, keep abuse out.

Side effects live here, called by the views and the admin, with keyword-only
arguments.
"""

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from core.http import address_block
from core.limits import count_in_window
from core.tasks import retry_later
from inquiries.models import Inquiry, InquiryNote
from parks.models import Park

logger = logging.getLogger(__name__)


class InquiryRateLimited(Exception):
    """This address has sent as many inquiries as it may in the current window."""


def take_inquiry_slot(*, ip_address):
    """Count one inquiry from `ip_address`; False when over a limit.

    Two fixed windows in the shared cache (incr() is atomic in Redis and in
    the local-memory cache alike): INQUIRY_RATE_LIMIT per address per
    INQUIRY_RATE_WINDOW, an IPv6 /64 counting as one address, and
    INQUIRY_GLOBAL_LIMIT from everyone together per hour, so that many
    addresses cannot flood the Board's mailbox either. An inquiry refused by
    its address does not use up the global allowance.
    """
    if (
        count_in_window(f"inquiry-rate:{address_block(ip_address)}", settings.INQUIRY_RATE_WINDOW)
        > settings.INQUIRY_RATE_LIMIT
    ):
        return False
    return count_in_window("inquiry-rate:all", 3600) <= settings.INQUIRY_GLOBAL_LIMIT


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
            ip_address=ip_address,
            consented_at=timezone.now() if data.get("consent") else None,
            **{name: data.get(name) for name in Inquiry.SUBMITTED_FIELDS},
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
    return Inquiry.objects.filter(waiting, anonymised_at=None)


def send_inquiry_emails(*, inquiry):
    """The confirmation to the investor, in their language, and the notification to the Board, in Vietnamese.

    The confirmation goes to whatever address was typed, so it carries nothing
    the visitor wrote (no name, company, message or link of theirs): only the
    reference number and the Board's own contact. Nobody can use the form to
    send their text from the Board's domain. The Board's notification, which
    goes to the Board alone, has the whole inquiry.

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


def track_closing(*, inquiry):
    """Keep `closed_at` in step with the status: set when the inquiry is won or lost, cleared when it is reopened."""
    closed = inquiry.status in Inquiry.CLOSED_STATUSES
    if closed != (inquiry.closed_at is not None):
        # The retention period runs from the day the inquiry was closed; reopening it stops the clock.
        inquiry.closed_at = timezone.now() if closed else None
        Inquiry.objects.filter(pk=inquiry.pk).update(closed_at=inquiry.closed_at)


# What identifies or describes a person: emptied when an inquiry is anonymised.
PERSONAL_FIELDS = ("company", "contact_name", "email", "phone", "message")


def inquiries_of_person(*, email):
    """Every inquiry sent with `email` (letter case aside): one person's data, for export or erasure."""
    return Inquiry.objects.filter(email__iexact=email.strip()).exclude(email="")


def export_person(*, email):
    """One person's data as JSON text: each inquiry they sent, as received, with the Board's notes on it."""
    inquiries = inquiries_of_person(email=email).select_related("plot", "sector").prefetch_related("notes")
    payload = {
        "email": email,
        "exported_at": timezone.now(),
        "inquiries": [
            {
                "reference": inquiry.reference,
                "received": inquiry.created_at,
                "status": inquiry.status,
                "consent_given_at": inquiry.consented_at,
                "sent_from": inquiry.ip_address,
                **{
                    name: (str(getattr(inquiry, name)) if getattr(inquiry, name) is not None else None)
                    for name in Inquiry.SUBMITTED_FIELDS
                },
                "notes": [{"written": note.created_at, "text": note.text} for note in inquiry.notes.all()],
            }
            for inquiry in inquiries.order_by("pk")
        ],
    }
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)


def anonymise(*, inquiries):
    """Remove the personal data of `inquiries`, keeping what the Board counts (status, plot, sector, figures, dates).

    The internal notes go too: they are about the person. Returns how many were anonymised.
    """
    now = timezone.now()
    with transaction.atomic():
        pks = list(inquiries.filter(anonymised_at__isnull=True).values_list("pk", flat=True))
        InquiryNote.objects.filter(inquiry_id__in=pks).delete()
        Inquiry.objects.filter(pk__in=pks).update(
            anonymised_at=now, ip_address=None, **dict.fromkeys(PERSONAL_FIELDS, "")
        )
    return len(pks)


def erase_person(*, email):
    """The data subject's erasure: every inquiry sent with `email` is anonymised. Returns how many."""
    return anonymise(inquiries=inquiries_of_person(email=email))


def anonymise_expired(*, now=None):
    """Anonymise the inquiries closed more than INQUIRY_RETENTION_DAYS ago (the scheduled job). Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.INQUIRY_RETENTION_DAYS)
    return anonymise(inquiries=Inquiry.objects.filter(closed_at__lt=cutoff))
