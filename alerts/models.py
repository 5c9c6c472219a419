"""Plot alerts: a subscription (an email, a language, criteria and the consent), and what was found and sent.

A subscription holds nothing else about the person. It is active once the
address is confirmed (double opt-in); an unconfirmed one is deleted when its
link expires, an unsubscribed one at once.

The daily run compares each plot with the snapshot it took the run before
(`PlotSnapshot`) and records what changed (`PlotChange`: a new plot, a plot
that became available, a new price or area). A subscriber gets at most one
email a day (`AlertEmail`, one per subscription and day) listing the changes
of the plots that match their criteria; `AlertItem` records which change went
to whom, so that no change is sent twice.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from parks.models import Phase, Plot, Sector


def language_choices():
    # A callable, so that adding a language to settings needs no migration here.
    return settings.LANGUAGES


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class Subscription(models.Model):
    # The secret in the subscriber's links (signed): never the row's number, which can be guessed.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=language_choices, default=settings.LANGUAGE_CODE)
    min_area_m2 = models.PositiveIntegerField(_("minimum area (m²)"), null=True, blank=True)
    max_area_m2 = models.PositiveIntegerField(_("maximum area (m²)"), null=True, blank=True)
    # A phase or sector the Board deletes widens the alert to any rather than ending it.
    phase = models.ForeignKey(
        Phase, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("phase")
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("sector")
    )
    available_only = models.BooleanField(_("available plots only"), default=True)
    consented_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    # When the mail server took the confirmation email; empty while it is to be sent.
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("plot alert subscription")
        verbose_name_plural = _("plot alert subscriptions")

    def __str__(self):
        return f"#{self.pk}"

    def matches(self, plot):
        """Whether `plot` (with its zone's phase and its sectors fetched) fits the criteria, as the plot finder
        reads them: a plot with no sectors listed is open to any sector."""
        if self.min_area_m2 is not None and plot.area_m2 < self.min_area_m2:
            return False
        if self.max_area_m2 is not None and plot.area_m2 > self.max_area_m2:
            return False
        if self.phase_id is not None and plot.zone.phase_id != self.phase_id:
            return False
        if self.available_only and plot.status != Plot.Status.AVAILABLE:
            return False
        if self.sector_id is not None:
            sectors = {sector.pk for sector in plot.allowed_sectors.all()}
            if sectors and self.sector_id not in sectors:
                return False
        return True


class PlotSnapshot(models.Model):
    """A plot as the last daily run saw it: what an alert compares against."""

    plot = models.OneToOneField(Plot, on_delete=models.CASCADE, primary_key=True, related_name="+")
    status = models.CharField(max_length=12)
    area_m2 = models.PositiveIntegerField()
    lease_price = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = models.CharField(max_length=3)
    price_basis = models.CharField(max_length=12)
    seen_at = models.DateTimeField()

    class Meta:
        ordering = ["plot"]
        verbose_name = _("plot snapshot")
        verbose_name_plural = _("plot snapshots")

    def __str__(self):
        return f"{self.plot_id} · {self.seen_at:%Y-%m-%d}"


class PlotChange(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("New plot")
        AVAILABLE = "available", _("Now available")
        PRICE = "price", _("New lease price")
        AREA = "area", _("New area")

    plot = models.ForeignKey(Plot, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    # For a price: {"lease_price", "currency", "price_basis"}; for an area: m².
    old = models.JSONField(null=True)
    new = models.JSONField(null=True)
    detected_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["detected_at", "pk"]
        verbose_name = _("plot change")
        verbose_name_plural = _("plot changes")

    def __str__(self):
        return f"{self.plot_id} · {self.kind} · {self.detected_at:%Y-%m-%d}"


class AlertRun(models.Model):
    """One daily run; the first ever only takes the snapshot (nothing before it is news)."""

    ran_at = models.DateTimeField()
    changes = models.PositiveIntegerField(default=0)
    emails = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-ran_at"]
        verbose_name = _("daily alert run")
        verbose_name_plural = _("daily alert runs")

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M}"


class AlertEmail(models.Model):
    """A subscriber's email of one day: at most one per subscription and day."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="emails")
    day = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    # When the mail server took it; empty while it is to be sent (manage.py run_pending queues it again).
    sent_at = models.DateTimeField(null=True, blank=True)
    changes = models.ManyToManyField(PlotChange, through="AlertItem", related_name="+")

    class Meta:
        ordering = ["-day", "pk"]
        constraints = [models.UniqueConstraint(fields=["subscription", "day"], name="alert_email_once_a_day")]
        verbose_name = _("alert email")
        verbose_name_plural = _("alert emails")

    def __str__(self):
        return f"#{self.subscription_id} · {self.day}"


class AlertItem(models.Model):
    """A change in a subscriber's email: each change goes to each subscriber once."""

    email = models.ForeignKey(AlertEmail, on_delete=models.CASCADE, related_name="items")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="+")
    change = models.ForeignKey(PlotChange, on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["subscription", "change"], name="alert_change_once")]
        verbose_name = _("change sent")
        verbose_name_plural = _("changes sent")

    def __str__(self):
        return f"#{self.subscription_id} · {self.change_id}"
