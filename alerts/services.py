"""Plot alerts: subscribe and confirm, find what changed, send each subscriber at most one email a day.

Side effects live here, called by the views, the daily command and the task
queue, with keyword-only arguments. Every email goes out from a background
task, marked sent once the mail server took it; what an outage leaves unsent
is queued again by `manage.py run_pending`.
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from alerts.models import AlertEmail, AlertItem, AlertRun, PlotChange, PlotSnapshot, Subscription
from core.http import address_block
from core.limits import count_in_window
from core.tasks import retry_later
from parks.models import Plot

logger = logging.getLogger(__name__)

CONFIRM_SALT = "alerts.confirm"
UNSUBSCRIBE_SALT = "alerts.unsubscribe"
# Changes older than this are no longer news: not sent to a new subscriber, and removed by the retention job.
CHANGE_LIFETIME = timedelta(days=90)


class SubscriptionRateLimited(Exception):
    """This address (or everyone together) has asked for as many alerts as it may in the current window."""


class LinkInvalid(Exception):
    """The link was not made by this site (forged, mistyped or cut short)."""


class LinkExpired(Exception):
    """The link was made by this site, but its time is over or its subscription is gone."""


# ------------------------------------------------------------------ subscribing


def take_subscription_slot(*, ip_address, email):
    """Count one subscription from `ip_address` to `email`; False when over a limit.

    As for inquiries: ALERT_RATE_LIMIT per address (an IPv6 /64 as one) per
    ALERT_RATE_WINDOW, and ALERT_GLOBAL_LIMIT from everyone together per hour.
    The same limit per recipient keeps anyone from filling another person's
    inbox with confirmation requests from many addresses.
    """
    window = settings.ALERT_RATE_WINDOW
    if count_in_window(f"alert-rate:{address_block(ip_address)}", window) > settings.ALERT_RATE_LIMIT:
        return False
    recipient = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    if count_in_window(f"alert-rate:to:{recipient}", window) > settings.ALERT_RATE_LIMIT:
        return False
    return count_in_window("alert-rate:all", 3600) <= settings.ALERT_GLOBAL_LIMIT


CRITERIA = ("min_area_m2", "max_area_m2", "phase", "sector", "available_only")


def subscribe(*, data, ip_address):
    """Save an unconfirmed subscription from the form's cleaned data and have its confirmation sent.

    Nothing is saved over the limit (SubscriptionRateLimited). The address is
    used for nothing until its owner follows the link in the confirmation.
    """
    if not take_subscription_slot(ip_address=ip_address, email=data["email"]):
        raise SubscriptionRateLimited
    with transaction.atomic():
        subscription = Subscription.objects.create(
            email=data["email"],
            language=data["language"],
            consented_at=timezone.now(),
            **{name: data.get(name) for name in CRITERIA if name != "available_only"},
            available_only=bool(data.get("available_only")),
        )
        deliver_confirmation.enqueue(subscription.pk)
    return subscription


def confirmation_token(subscription):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscription.key.hex)


def unsubscribe_token(subscription):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscription.key.hex)


def _absolute(name, token, language):
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs={"token": token})


def confirmation_url(subscription):
    return _absolute("alerts:confirm", confirmation_token(subscription), subscription.language)


def unsubscribe_url(subscription):
    return _absolute("alerts:unsubscribe", unsubscribe_token(subscription), subscription.language)


def subscription_to_confirm(token):
    """The subscription a confirmation link is for; LinkInvalid or LinkExpired (its time over, or deleted since)."""
    try:
        key = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=timedelta(hours=settings.ALERT_CONFIRMATION_HOURS)
        )
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error
    subscription = Subscription.objects.filter(key=key).first()
    if subscription is None:
        raise LinkExpired
    return subscription


def subscription_to_end(token):
    """The subscription an unsubscribe link is for, or None when it has ended already; LinkInvalid when forged."""
    try:
        key = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise LinkInvalid from error
    return Subscription.objects.filter(key=key).first()


def confirm(*, subscription):
    """Activate the subscription (double opt-in done); confirming again changes nothing."""
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        Subscription.objects.filter(pk=subscription.pk, confirmed_at=None).update(
            confirmed_at=subscription.confirmed_at
        )
    return subscription


def unsubscribe(*, subscription):
    """End the subscription: the row and what was sent under it are deleted at once."""
    subscription.delete()


def _render(template, *, language, **context):
    with translation.override(language):
        context = {"language": language, "site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"alerts/email/{template}_subject.txt", context).split())
        body = render_to_string(f"alerts/email/{template}.txt", context)
    return subject, body


class EmailNotSent(Exception):
    """The mail server did not take the email; it is tried again later."""


def _send(message, what):
    try:
        message.send()
    except Exception as error:
        logger.warning("Plot alerts: could not send %s: %s", what, error)
        raise EmailNotSent(what) from error


def send_confirmation(*, subscription):
    """The confirmation request, in the subscriber's language: the criteria (no text of theirs) and the link.

    Sent once, marked sent as soon as the mail server took it.
    """
    if subscription.confirmation_sent_at is not None or subscription.confirmed_at is not None:
        return
    subject, body = _render(
        "confirmation",
        language=subscription.language,
        subscription=subscription,
        confirm_url=confirmation_url(subscription),
        hours=settings.ALERT_CONFIRMATION_HOURS,
    )
    message = EmailMessage(subject, body, to=[subscription.email], headers={"Content-Language": subscription.language})
    _send(message, f"the confirmation of subscription {subscription.pk}")
    subscription.confirmation_sent_at = timezone.now()
    Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=subscription.confirmation_sent_at)


@task()
def deliver_confirmation(subscription_id, attempt=1):
    subscription = Subscription.objects.select_related("phase", "sector").filter(pk=subscription_id).first()
    if subscription is None:
        return  # expired or unsubscribed since
    try:
        send_confirmation(subscription=subscription)
    except EmailNotSent:
        retry_later(deliver_confirmation, attempt, subscription_id)
        raise


# ------------------------------------------------------------------ the daily run


def _price(values):
    return {
        "lease_price": None if values["lease_price"] is None else str(values["lease_price"]),
        **{name: values[name] for name in ("currency", "price_basis")},
    }


def detect_changes(*, now, record=True):
    """Compare every plot with its snapshot: record what changed (`record`), and move the snapshots on.

    Returns the PlotChange rows made. With record=False (the first run ever) only the snapshots are taken.
    """
    fields = ("pk", "status", "area_m2", "lease_price", "currency", "price_basis")
    snapshots = {snapshot.plot_id: snapshot for snapshot in PlotSnapshot.objects.all()}
    changes, new_snapshots, moved = [], [], []
    for values in Plot.objects.values(*fields):
        snapshot = snapshots.get(values["pk"])
        state = {name: values[name] for name in fields if name != "pk"}
        if snapshot is None:
            new_snapshots.append(PlotSnapshot(plot_id=values["pk"], seen_at=now, **state))
            changes.append(PlotChange(plot_id=values["pk"], kind=PlotChange.Kind.NEW, detected_at=now))
            continue
        before = {name: getattr(snapshot, name) for name in state}
        if before == state:
            continue
        if state["status"] == Plot.Status.AVAILABLE and before["status"] != Plot.Status.AVAILABLE:
            changes.append(PlotChange(plot_id=values["pk"], kind=PlotChange.Kind.AVAILABLE, detected_at=now))
        if _price(before) != _price(state):
            changes.append(
                PlotChange(
                    plot_id=values["pk"],
                    kind=PlotChange.Kind.PRICE,
                    old=_price(before),
                    new=_price(state),
                    detected_at=now,
                )
            )
        if before["area_m2"] != state["area_m2"]:
            changes.append(
                PlotChange(
                    plot_id=values["pk"],
                    kind=PlotChange.Kind.AREA,
                    old=before["area_m2"],
                    new=state["area_m2"],
                    detected_at=now,
                )
            )
        for name, value in state.items():
            setattr(snapshot, name, value)
        snapshot.seen_at = now
        moved.append(snapshot)
    PlotSnapshot.objects.bulk_create(new_snapshots)
    PlotSnapshot.objects.bulk_update(moved, [*fields[1:], "seen_at"])
    if not record:
        return []
    return PlotChange.objects.bulk_create(changes)


def prepare_emails(*, today, now):
    """Make today's email of each active subscriber with news, and queue it; returns the emails made.

    News for a subscriber: a change of a plot that matches their criteria now,
    found after they confirmed, and not sent to them before. A subscriber who
    already has today's email gets the rest tomorrow.
    """
    changes = list(
        PlotChange.objects.filter(detected_at__gte=now - CHANGE_LIFETIME)
        .select_related("plot__zone__phase")
        .prefetch_related("plot__allowed_sectors")
    )
    if not changes:
        return []
    subscriptions = list(Subscription.objects.active().exclude(emails__day=today))
    sent = set(
        AlertItem.objects.filter(subscription__in=subscriptions, change__in=changes).values_list(
            "subscription_id", "change_id"
        )
    )
    made = []
    for subscription in subscriptions:
        news = [
            change
            for change in changes
            if change.detected_at >= subscription.confirmed_at
            and (subscription.pk, change.pk) not in sent
            and subscription.matches(change.plot)
        ]
        if not news:
            continue
        try:
            with transaction.atomic():
                email = AlertEmail.objects.create(subscription=subscription, day=today)
                AlertItem.objects.bulk_create(
                    [AlertItem(email=email, subscription=subscription, change=change) for change in news]
                )
                deliver_alert_email.enqueue(email.pk)
        except IntegrityError:
            continue  # another run made today's email, or sent one of these changes, meanwhile
        made.append(email)
    return made


def run_daily(*, now=None):
    """The daily run (manage.py send_plot_alerts): find what changed, make and queue today's emails.

    Running it twice sends nothing twice: the snapshots have moved on, each
    change goes to each subscriber once, and each subscriber gets one email a
    day. The first run ever only takes the snapshots. Returns (changes, emails).
    """
    now = now or timezone.now()
    with transaction.atomic():
        first = not AlertRun.objects.exists()
        changes = detect_changes(now=now, record=not first)
        emails = [] if first else prepare_emails(today=timezone.localdate(now), now=now)
        AlertRun.objects.create(ran_at=now, changes=len(changes), emails=len(emails))
    return len(changes), len(emails)


def _change_lines(changes):
    """The plots of an email's changes, each with what changed about it, by plot code."""
    plots = {}
    for change in changes:
        plots.setdefault(change.plot.code, (change.plot, []))[1].append(change)
    return [plots[code] for code in sorted(plots)]


def send_alert_email(*, email):
    """The day's email to one subscriber, in their language, with a one-click unsubscribe (RFC 8058). Sent once."""
    if email.sent_at is not None:
        return
    subscription = email.subscription
    changes = list(
        PlotChange.objects.filter(pk__in=AlertItem.objects.filter(email=email).values("change_id"))
        .select_related("plot__zone__phase")
        .order_by("plot__code", "pk")
    )
    if not changes:  # the plots were deleted since: nothing to tell
        email.delete()
        return
    end_url = unsubscribe_url(subscription)
    with translation.override(subscription.language):
        plots = [
            (plot, settings.SITE_URL + plot.get_absolute_url(), plot_changes)
            for plot, plot_changes in _change_lines(changes)
        ]
    subject, body = _render(
        "alert",
        language=subscription.language,
        subscription=subscription,
        plots=plots,
        unsubscribe_url=end_url,
    )
    message = EmailMessage(
        subject,
        body,
        to=[subscription.email],
        headers={
            "Content-Language": subscription.language,
            "List-Unsubscribe": f"<{end_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    _send(message, f"the alert email {email.pk}")
    email.sent_at = timezone.now()
    AlertEmail.objects.filter(pk=email.pk).update(sent_at=email.sent_at)


@task()
def deliver_alert_email(email_id, attempt=1):
    email = AlertEmail.objects.select_related("subscription__phase", "subscription__sector").filter(pk=email_id).first()
    if email is None:
        return  # unsubscribed since
    try:
        send_alert_email(email=email)
    except EmailNotSent:
        retry_later(deliver_alert_email, attempt, email_id)
        raise


def queue_pending_emails():
    """Queue the confirmations and alert emails still unsent (an outage outlasted the tries); how many."""
    confirmations = list(
        Subscription.objects.unconfirmed().filter(confirmation_sent_at=None).values_list("pk", flat=True)
    )
    for pk in confirmations:
        deliver_confirmation.enqueue(pk)
    emails = list(AlertEmail.objects.filter(sent_at=None).values_list("pk", flat=True))
    for pk in emails:
        deliver_alert_email.enqueue(pk)
    return len(confirmations) + len(emails)


# ------------------------------------------------------------------ retention and demand


def remove_expired(*, now=None):
    """The retention job: unconfirmed subscriptions whose link has expired, and changes and emails older than
    CHANGE_LIFETIME, are deleted. Returns how many subscriptions were deleted."""
    now = now or timezone.now()
    expired = Subscription.objects.unconfirmed().filter(
        created_at__lt=now - timedelta(hours=settings.ALERT_CONFIRMATION_HOURS)
    )
    count = expired.count()
    with transaction.atomic():
        expired.delete()
        PlotChange.objects.filter(detected_at__lt=now - CHANGE_LIFETIME).delete()
        AlertEmail.objects.filter(sent_at__lt=now - CHANGE_LIFETIME).delete()
    return count


AREA_BANDS = ((None, 10_000), (10_000, 50_000), (50_000, None))


def demand():
    """How many active subscriptions ask for what: by phase, sector, area, status and language (no address)."""
    active = Subscription.objects.active()
    by_phase = {row["phase"]: row["count"] for row in active.values("phase").annotate(count=Count("pk"))}
    by_sector = {row["sector"]: row["count"] for row in active.values("sector").annotate(count=Count("pk"))}
    by_language = {row["language"]: row["count"] for row in active.values("language").annotate(count=Count("pk"))}
    minimums = list(active.values_list("min_area_m2", "available_only"))
    bands = []
    for low, high in AREA_BANDS:
        bands.append(
            (
                low,
                high,
                sum(
                    1
                    for minimum, _only in minimums
                    if minimum is not None and (low is None or minimum >= low) and (high is None or minimum < high)
                ),
            )
        )
    return {
        "total": len(minimums),
        "unconfirmed": Subscription.objects.unconfirmed().count(),
        "by_phase": by_phase,
        "by_sector": by_sector,
        "by_language": by_language,
        "area_bands": bands,
        "any_area": sum(1 for minimum, _only in minimums if minimum is None),
        "available_only": sum(1 for _minimum, only in minimums if only),
    }
