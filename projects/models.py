"""Investors, their projects in the park, and the province's investment targets.

The park's key figures (projects in operation, workers, local share, capital,
occupied land) are not stored anywhere: `projects.stats` derives them from the
project rows, which the Board keeps current with a `verified_on` date each.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery, Value
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import (
    TranslatedSlugMixin,
    current_language,
    default_language,
    language_codes,
    unique_slug_constraints,
)
from core.images import LOGO_HELP, Picture, validate_logo
from core.reversing import reverse
from parks.models import Phase, Plot, Sector, VerifiedMixin
from projects.collation import vi_sort_key


class _NonNegativeFormMixin:
    """The model's own MinValueValidator speaks (its message names the figure), not the form's generic one."""

    def formfield(self, **kwargs):
        return super().formfield(**{"min_value": None, **kwargs})


class NonNegativeBigIntegerField(_NonNegativeFormMixin, models.PositiveBigIntegerField):
    pass


class NonNegativeIntegerField(_NonNegativeFormMixin, models.PositiveIntegerField):
    pass


class Country(models.TextChoices):
    """Where an investor comes from; the countries most likely to invest in the park first."""

    VN = "VN", _("Vietnam")
    JP = "JP", _("Japan")
    KR = "KR", _("South Korea")
    CN = "CN", _("China")
    TW = "TW", _("Taiwan")
    HK = "HK", _("Hong Kong")
    SG = "SG", _("Singapore")
    TH = "TH", _("Thailand")
    MY = "MY", _("Malaysia")
    US = "US", _("United States")
    DE = "DE", _("Germany")
    FR = "FR", _("France")
    GB = "GB", _("United Kingdom")
    AU = "AU", _("Australia")
    OTHER = "XX", _("Other")


class Investor(models.Model):
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        default=Country.VN,
        help_text=_("For a foreign-owned company, the country the owners come from."),
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="investors/",
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        validators=[validate_logo],
        help_text=LOGO_HELP,
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # The logo resized once into a few widths (core.images), made when it is saved.
    logo_renditions = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("investor")
        verbose_name_plural = _("investors")

    def __str__(self):
        return self.name

    @property
    def logo_picture(self):
        return Picture.from_field(self.logo, self.logo_renditions)


class ProjectQuerySet(models.QuerySet):
    def current(self):
        """Projects that count for the park's figures and targets: every status but terminated."""
        return self.exclude(status=Project.Status.TERMINATED)

    def operating(self):
        return self.filter(status=Project.Status.OPERATING)

    def for_listing(self):
        """With what a list, a table or an export shows of each project."""
        return self.select_related("investor", "sector", "phase", "plot")

    def by_name(self):
        return self.order_by(name_order(), "pk")


def name_order():
    """Order by the name shown in the active language, as a Vietnamese dictionary would (any collation)."""
    return Coalesce(
        KeyTextTransform(current_language(), "sort_keys"), KeyTextTransform(default_language(), "sort_keys")
    ).asc()


class Project(TranslatedSlugMixin, VerifiedMixin):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        UNDER_CONSTRUCTION = "under_construction", _("Under construction")
        OPERATING = "operating", _("Operating")
        SUSPENDED = "suspended", _("Suspended")
        TERMINATED = "terminated", _("Terminated")

    slug_source = "name"

    investor = models.ForeignKey(
        Investor, on_delete=models.PROTECT, related_name="projects", verbose_name=_("investor")
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the name.")
    )
    # {language: the name shown in that language as a Vietnamese dictionary orders it} (collation.py); filled on save.
    sort_keys = models.JSONField(default=dict, blank=True, editable=False)
    sector = models.ForeignKey(
        Sector,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("sector"),
    )
    phase = models.ForeignKey(
        Phase,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("phase"),
        help_text=_("Filled from the plot when left blank."),
    )
    # A plot that holds a project cannot be deleted: the admin names the project, which is moved first.
    plot = models.ForeignKey(
        Plot, on_delete=models.PROTECT, null=True, blank=True, related_name="projects", verbose_name=_("plot")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED)
    capital_vnd = NonNegativeBigIntegerField(
        _("registered capital (VND)"),
        default=0,
        validators=[MinValueValidator(0, _("The registered capital cannot be negative."))],
    )
    capital_usd = NonNegativeBigIntegerField(
        _("registered capital (USD)"),
        null=True,
        blank=True,
        help_text=_("Where the investment certificate states it."),
        validators=[MinValueValidator(0, _("The registered capital cannot be negative."))],
    )
    land_area_m2 = NonNegativeIntegerField(
        _("land area (m²)"),
        default=0,
        validators=[MinValueValidator(0, _("The land area cannot be negative."))],
    )
    workers = NonNegativeIntegerField(
        _("workers"), default=0, validators=[MinValueValidator(0, _("The number of workers cannot be negative."))]
    )
    local_workers = NonNegativeIntegerField(
        _("local workers"),
        default=0,
        help_text=_("Workers from the province; never more than the workers."),
        validators=[MinValueValidator(0, _("The number of local workers cannot be negative."))],
    )
    products = models.TextField(_("products"), blank=True)
    description = models.TextField(_("description"), blank=True)
    registration_date = models.DateField(
        _("registration date"), help_text=_("The date of the investment registration certificate.")
    )
    operation_start = models.DateField(_("start of operation"), null=True, blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Shown with a notice that the figures are an example the board has not verified."),
    )

    objects = ProjectQuerySet.as_manager()

    class Meta:
        # Lists a visitor sees use by_name(), which orders Vietnamese names correctly.
        ordering = ["name", "pk"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        constraints = [
            *unique_slug_constraints("project"),
            # The database's own guard; clean() gives the same rule a message that names the other project.
            models.UniqueConstraint(
                fields=["plot"],
                condition=Q(status="operating"),
                name="project_one_operating_per_plot",
                violation_error_message=_("This plot already holds an operating project."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.url_slug})

    @property
    def local_share(self):
        """Local workers as a whole percentage of the workers, or None without workers."""
        if not self.workers:
            return None
        return round(100 * self.local_workers / self.workers)

    def fill_sort_keys(self):
        fallback = getattr(self, build_localized_fieldname("name", default_language()), None) or self.name or ""
        self.sort_keys = {
            code: vi_sort_key(getattr(self, build_localized_fieldname("name", code), None) or fallback)
            for code in language_codes()
        }

    def clean(self):
        super().clean()
        errors = {}
        # A figure that failed its own validation is still the raw input here: compare only clean values.
        if _all(int, self.workers, self.local_workers) and self.local_workers > self.workers:
            errors["local_workers"] = _(
                "There cannot be more local workers (%(local)s) than workers (%(workers)s)."
            ) % {"local": self.local_workers, "workers": self.workers}
        if _all(date, self.registration_date, self.operation_start) and self.operation_start < self.registration_date:
            errors["operation_start"] = _("A project cannot start operating before it was registered.")
        if _all(date, self.registration_date, self.verified_on) and self.verified_on < self.registration_date:
            errors["verified_on"] = _("The figures cannot have been verified before the project was registered.")
        plot = Plot.objects.select_related("zone__phase").filter(pk=self.plot_id).first() if self.plot_id else None
        if plot is not None:
            if self.phase_id is None:
                self.phase = plot.zone.phase
            elif self.phase_id != plot.zone.phase_id:
                errors["phase"] = _("Plot %(plot)s lies in %(phase)s, not in the phase chosen.") % {
                    "plot": plot.code,
                    "phase": plot.zone.phase.name,
                }
            if self.status == self.Status.OPERATING:
                other = Project.objects.operating().filter(plot_id=self.plot_id).exclude(pk=self.pk).first()
                if other is not None:
                    errors["plot"] = _(
                        "Plot %(plot)s already holds an operating project, %(other)s. "
                        "Change that project's status or plot first."
                    ) % {"plot": plot.code, "other": other.name}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.fill_sort_keys()
        super().save(*args, **kwargs)


class InvestmentTargetQuerySet(models.QuerySet):
    def with_progress(self):
        """Each target with the projects registered in its period and their capital, in the same query."""
        in_period = (
            Project.objects.current()
            .filter(
                registration_date__year__gte=OuterRef("start_year"),
                registration_date__year__lte=OuterRef("end_year"),
            )
            .order_by()
        )
        count = in_period.annotate(n=Func(F("pk"), function="COUNT")).values("n")
        capital = in_period.annotate(total=Func(F("capital_vnd"), function="SUM")).values("total")
        return self.annotate(
            projects_registered=Coalesce(Subquery(count), Value(0)),
            capital_registered_vnd=Coalesce(Subquery(capital), Value(0), output_field=models.BigIntegerField()),
        )


YEARS = [MinValueValidator(1990), MaxValueValidator(2100)]


class InvestmentTarget(VerifiedMixin):
    """A target the province set for new projects in the park over a period of years."""

    title = models.CharField(_("title"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("first year"), validators=YEARS)
    end_year = models.PositiveSmallIntegerField(
        _("last year"), validators=YEARS, help_text=_("The same as the first year for a one-year target.")
    )
    projects_target = models.PositiveIntegerField(_("new projects"))
    capital_target_vnd = NonNegativeBigIntegerField(
        _("registered capital (VND)"),
        validators=[MinValueValidator(0, _("The registered capital cannot be negative."))],
    )
    decision = models.CharField(
        _("decided by"), max_length=300, help_text=_("The resolution, decision or plan that set the target.")
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = InvestmentTargetQuerySet.as_manager()

    class Meta:
        ordering = ["start_year", "-end_year", "pk"]
        verbose_name = _("investment target")
        verbose_name_plural = _("investment targets")
        constraints = [
            models.UniqueConstraint(
                fields=["start_year", "end_year"],
                name="investment_target_unique_period",
                violation_error_message=_("There is already a target for this period."),
            )
        ]

    def __str__(self):
        return f"{self.period} · {self.title}"

    def get_absolute_url(self):
        return reverse("projects:targets") + f"#target-{self.pk}"

    @property
    def period(self):
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"

    @property
    def projects_share(self):
        """Projects registered as a whole percentage of the target (needs `with_progress()`)."""
        return _percentage(self.projects_registered, self.projects_target)

    @property
    def capital_share(self):
        return _percentage(self.capital_registered_vnd, self.capital_target_vnd)

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot come before the first year.")})


def _percentage(done, wanted):
    """A whole percentage, above 100 when the target is passed; None for a target of zero."""
    if not wanted:
        return None
    return round(100 * done / wanted)


def _all(kind, *values):
    return all(isinstance(value, kind) for value in values)
