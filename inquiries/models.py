"""Investors' inquiries to the Board, and the Board's history of each."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def language_choices():
    # A callable, so that adding a language to settings needs no migration here.
    return settings.LANGUAGES


def validate_phone(value):
    """Loose on purpose: digits, spaces, a leading +, hyphens and brackets; 6 to 20 digits."""
    text = value.strip()
    if not re.fullmatch(r"[0-9+\-() ]+", text):
        raise ValidationError(
            _("Use only digits, spaces, “+”, “-” and brackets in the phone number."), code="phone_characters"
        )
    if "+" in text[1:]:
        raise ValidationError(_("A “+” can only come first, before the country code."), code="phone_plus")
    digits = sum(character.isdigit() for character in text)
    if not 6 <= digits <= 20:
        raise ValidationError(
            _("A phone number has 6 to 20 digits; this one has %(count)s."),
            code="phone_digits",
            params={"count": digits},
        )


class Inquiry(models.Model):
    """An investor's question to the Board, general or about a plot, and where the Board is with it."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        SITE_VISIT = "site_visit", _("Site visit")
        NEGOTIATING = "negotiating", _("Negotiating")
        WON = "won", _("Won")
        LOST = "lost", _("Lost")

    class Timeline(models.TextChoices):
        SIX_MONTHS = "6_months", _("Within 6 months")
        ONE_YEAR = "1_year", _("In 6 to 12 months")
        TWO_YEARS = "2_years", _("In 1 to 2 years")
        LATER = "later", _("Later than 2 years")
        UNDECIDED = "undecided", _("Not decided yet")

    class Currency(models.TextChoices):
        VND = "VND", "VND"
        USD = "USD", "USD"

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
        help_text=_(
            "Where the board is with this inquiry. It does not change the plot's status: "
            "that is the board's decision, made on the plot itself."
        ),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to={"is_staff": True, "is_active": True},
        related_name="assigned_inquiries",
        verbose_name=_("assigned to"),
    )
    # A plot investors asked about cannot be deleted: the admin lists the inquiries that hold it.
    plot = models.ForeignKey(
        "parks.Plot",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("plot"),
    )
    plots = models.ManyToManyField(
        "parks.Plot",
        through="ShortlistPlot",
        blank=True,
        related_name="shortlist_inquiries",
        verbose_name=_("shortlist"),
        help_text=_("The plots of a shortlist the investor asked about together."),
    )
    company = models.CharField(_("company"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, validators=[validate_phone])
    country = models.CharField(_("country"), max_length=100)
    sector = models.ForeignKey(
        "parks.Sector",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("sector"),
    )
    land_needed_m2 = models.PositiveIntegerField(
        _("land needed (m²)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    capital_amount = models.PositiveBigIntegerField(
        _("planned capital"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    capital_currency = models.CharField(
        _("currency of the capital"), max_length=3, choices=Currency.choices, default=Currency.VND
    )
    timeline = models.CharField(_("timeline"), max_length=12, choices=Timeline.choices)
    message = models.TextField(_("message"), max_length=5000)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=language_choices, default=settings.LANGUAGE_CODE
    )
    ip_address = models.GenericIPAddressField(_("sent from (IP address)"), null=True, blank=True, editable=False)
    # When the mail server took each email (inquiries.services.send_inquiry_emails); empty while it is to be sent.
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True, editable=False)
    notification_sent_at = models.DateTimeField(_("board notified"), null=True, blank=True, editable=False)
    consented_at = models.DateTimeField(
        _("consent given"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the investor agreed, on the form, to the processing of their data."),
    )
    closed_at = models.DateTimeField(
        _("closed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the inquiry was marked won or lost; the retention period runs from then."),
    )
    anonymised_at = models.DateTimeField(
        _("personal data removed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("After the retention period, or at the person's request."),
    )

    CLOSED_STATUSES = (Status.WON, Status.LOST)

    # What the investor sends through the form: kept as received, the Board records its own steps beside it.
    SUBMITTED_FIELDS = (
        "company",
        "contact_name",
        "email",
        "phone",
        "country",
        "preferred_language",
        "plot",
        "sector",
        "land_needed_m2",
        "capital_amount",
        "capital_currency",
        "timeline",
        "message",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("investor inquiry")
        verbose_name_plural = _("investor inquiries")
        indexes = [models.Index(fields=["status", "-created_at"], name="inquiry_status_created")]

    def __str__(self):
        return f"{self.reference} · {self.company or '—'}"

    @property
    def reference(self):
        """The number the investor and the Board quote: TB-00042."""
        return f"TB-{self.pk:05d}" if self.pk else "TB-?"


class InquiryNote(models.Model):
    """An entry in an inquiry's history: a note by the officer, or a change of status or assignee."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="notes", verbose_name=_("inquiry"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    text = models.TextField(_("note"))

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return f"{self.inquiry.reference} · {self.created_at:%Y-%m-%d %H:%M}"


class ShortlistPlot(models.Model):
    """A plot of the shortlist an inquiry asked about. A plot asked about is not deleted (PROTECT): the admin's
    confirmation names the inquiry instead of unlinking it silently."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="+")
    plot = models.ForeignKey("parks.Plot", on_delete=models.PROTECT, related_name="+", verbose_name=_("plot"))

    class Meta:
        verbose_name = _("plot of a shortlist")
        verbose_name_plural = _("plots of a shortlist")
        constraints = [models.UniqueConstraint(fields=["inquiry", "plot"], name="shortlist_plot_unique")]

    def __str__(self):
        return f"{self.inquiry.reference} · {self.plot}"
