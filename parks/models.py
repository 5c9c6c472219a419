"""The park, its phases, zones and plots, infrastructure, sectors and incentives.

Every figure an investor relies on carries `verified_on`, the date the Board
last checked it. Texts a visitor reads are translated (see translation.py).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import TranslatedSlugMixin, unique_slug_constraints
from core.reversing import reverse
from parks import shapes

NON_NEGATIVE = [MinValueValidator(Decimal("0"))]


class VerifiedMixin(models.Model):
    verified_on = models.DateField(
        _("last verified"),
        help_text=_("The date the board last checked these figures."),
    )

    class Meta:
        abstract = True


class ParkQuerySet(models.QuerySet):
    def get_or_404(self):
        """The park the site is about (the first, as there is one); a 404 until it is set up."""
        park = self.first()
        if park is None:
            raise Http404("The park has not been set up yet.")
        return park


class Park(VerifiedMixin):
    translation_title_field = "name"

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=300)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    year_opened = models.PositiveSmallIntegerField(_("year opened"), null=True, blank=True)
    total_area_ha = models.DecimalField(
        _("total planned area (ha)"), max_digits=8, decimal_places=2, validators=NON_NEGATIVE
    )
    operator = models.CharField(_("managed by"), max_length=200)
    infrastructure_partner = models.CharField(_("infrastructure investment partner"), max_length=200, blank=True)
    # Projects, workers and their local share are derived from the projects (projects.stats); income is not.
    average_monthly_income_vnd = models.PositiveBigIntegerField(_("average monthly income per worker (VND)"), default=0)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)

    objects = ParkQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("industrial park")
        verbose_name_plural = _("industrial parks")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("portal:park")


class PhaseQuerySet(models.QuerySet):
    def with_plot_counts(self):
        """Each phase with `plots_total`, `plots_available` and `available_m2` (None where nothing is free)."""
        available = Q(zones__plots__status=Plot.Status.AVAILABLE)
        return self.annotate(
            plots_total=Count("zones__plots"),
            plots_available=Count("zones__plots", filter=available),
            available_m2=Sum("zones__plots__area_m2", filter=available),
        )


class Phase(TranslatedSlugMixin, VerifiedMixin):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        UNDER_CONSTRUCTION = "under_construction", _("Infrastructure under construction")
        READY = "ready", _("Ready for investors")
        FULLY_LEASED = "fully_leased", _("Fully leased")

    slug_source = "name"

    park = models.ForeignKey(Park, on_delete=models.CASCADE, related_name="phases", verbose_name=_("park"))
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the name.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=8, decimal_places=2, validators=NON_NEGATIVE)
    status = models.CharField(_("status"), max_length=24, choices=Status.choices, default=Status.PLANNED)
    infrastructure_progress = models.PositiveSmallIntegerField(
        _("infrastructure progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    infrastructure_investment_vnd = models.PositiveBigIntegerField(
        _("infrastructure investment (VND)"), null=True, blank=True
    )
    expected_handover = models.DateField(_("expected handover of land"), null=True, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    plan_width = models.PositiveIntegerField(
        _("master plan width"),
        default=1000,
        validators=[MinValueValidator(100), MaxValueValidator(100_000)],
        help_text=_("The width of the master plan in its own units; the zones' and plots' shapes lie within it."),
    )
    plan_height = models.PositiveIntegerField(
        _("master plan height"),
        default=700,
        validators=[MinValueValidator(100), MaxValueValidator(100_000)],
        help_text=_("The height of the master plan in its own units."),
    )

    objects = PhaseQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = unique_slug_constraints("phase")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("parks:phase", kwargs={"slug": self.url_slug})

    def get_plan_url(self):
        return reverse("parks:plan", kwargs={"slug": self.url_slug})

    def clean(self):
        super().clean()
        if self.pk and self.plan_width and self.plan_height:
            # A smaller plan must still hold every outline already drawn on it.
            outlines = [*self.zones.exclude(shape=""), *Plot.objects.filter(zone__phase=self).exclude(shape="")]
            for item in outlines:
                try:
                    shapes.validate_shape(item.shape, self.plan_width, self.plan_height)
                except ValidationError as error:
                    raise ValidationError(
                        _("The plan is too small for the shape of %(item)s: %(error)s"),
                        params={"item": item, "error": " ".join(error.messages)},
                    ) from error


class Zone(models.Model):
    class LandUse(models.TextChoices):
        FACTORY = "factory", _("Factories")
        WAREHOUSE = "warehouse", _("Warehouses and logistics")
        SERVICES = "services", _("Services and administration")
        GREEN = "green", _("Green space and water")
        ROADS = "roads", _("Roads")
        UTILITIES = "utilities", _("Technical utilities")

    phase = models.ForeignKey(Phase, on_delete=models.CASCADE, related_name="zones", verbose_name=_("phase"))
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=120)
    land_use = models.CharField(_("land use"), max_length=16, choices=LandUse.choices)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=8, decimal_places=2, validators=NON_NEGATIVE)
    description = models.TextField(_("description"), blank=True)
    shape = models.TextField(
        _("shape on the master plan"), blank=True, validators=[shapes.validate_shape_syntax], help_text=shapes.HELP_TEXT
    )

    class Meta:
        ordering = ["phase__order", "code"]
        verbose_name = _("zone")
        verbose_name_plural = _("zones")
        constraints = [models.UniqueConstraint(fields=["phase", "code"], name="zone_code_unique_in_phase")]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def clean(self):
        super().clean()
        if self.phase_id:
            clean_shape_bounds(self, self.phase)


class Sector(TranslatedSlugMixin, models.Model):
    class Icon(models.TextChoices):
        AGRI = "agri", _("Leaf")
        ELECTRONICS = "electronics", _("Chip")
        ELECTRICAL = "electrical", _("Lightning")
        METAL = "metal", _("Ingot")
        FABRICATED = "fabricated", _("Bolt")
        MACHINERY = "machinery", _("Gear")
        SUPPORTING = "supporting", _("Link")
        FACTORY = "factory", _("Factory")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the name.")
    )
    slug_source = "name"
    icon = models.CharField(_("icon"), max_length=16, choices=Icon.choices, default=Icon.FACTORY)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    phases = models.ManyToManyField(
        Phase, related_name="priority_sectors", blank=True, verbose_name=_("prioritised in phases")
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("priority sector")
        verbose_name_plural = _("priority sectors")
        constraints = unique_slug_constraints("sector")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("parks:sector", kwargs={"slug": self.url_slug})


class PlotQuerySet(models.QuerySet):
    def available(self):
        return self.filter(status=Plot.Status.AVAILABLE)


class Plot(VerifiedMixin):
    class Status(models.TextChoices):
        AVAILABLE = "available", _("Available")
        RESERVED = "reserved", _("Reserved")
        LEASED = "leased", _("Leased")

    class PriceBasis(models.TextChoices):
        PER_YEAR = "per_year", _("per m² per year")
        WHOLE_TERM = "whole_term", _("per m² for the whole term")

    class Currency(models.TextChoices):
        VND = "VND", "VND"
        USD = "USD", "USD"

    class Provision(models.TextChoices):
        AT_BOUNDARY = "boundary", _("At the plot boundary")
        PLANNED = "planned", _("Planned")
        NONE = "none", _("Not provided")

    class EnvironmentalCategory(models.TextChoices):
        # Groups of the Law on Environmental Protection 2020 (Article 28), from high risk to none.
        GROUP_I = "I", _("Group I: high risk")
        GROUP_II = "II", _("Group II: some risk")
        GROUP_III = "III", _("Group III: low risk")
        GROUP_IV = "IV", _("Group IV: no risk")

    zone = models.ForeignKey(Zone, on_delete=models.PROTECT, related_name="plots", verbose_name=_("zone"))
    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        help_text=_("As on the master plan, e.g. A1-03."),
        error_messages={"unique": _("Another plot already has this code.")},
    )
    area_m2 = models.PositiveIntegerField(_("area (m²)"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.AVAILABLE)
    lease_price = models.DecimalField(
        _("lease price"), max_digits=14, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    price_basis = models.CharField(
        _("price basis"), max_length=12, choices=PriceBasis.choices, default=PriceBasis.PER_YEAR
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.VND)
    lease_term_end = models.DateField(_("lease term ends"), null=True, blank=True)
    allowed_sectors = models.ManyToManyField(
        Sector, related_name="plots", blank=True, verbose_name=_("allowed sectors")
    )
    notes = models.TextField(_("notes"), blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Shown with a notice that the figures are an example, not an offer."),
    )
    shape = models.TextField(
        _("shape on the master plan"), blank=True, validators=[shapes.validate_shape_syntax], help_text=shapes.HELP_TEXT
    )

    # What reaches the plot's boundary, and how ready the land is. Blank: the Board has no figure,
    # and the public pages say "ask the Board" rather than guess. All of them share `site_verified_on`.
    power_kva = models.PositiveIntegerField(
        _("power available (kVA)"), null=True, blank=True, help_text=_("The load that can be supplied at the boundary.")
    )
    power_voltage_kv = models.DecimalField(
        _("supply voltage (kV)"), max_digits=5, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    water_m3_day = models.PositiveIntegerField(_("water supply (m³/day)"), null=True, blank=True)
    wastewater_connection = models.CharField(
        _("wastewater connection"), max_length=12, choices=Provision.choices, blank=True
    )
    wastewater_m3_day = models.PositiveIntegerField(
        _("wastewater allowance (m³/day)"),
        null=True,
        blank=True,
        help_text=_("What the plot may send to the central treatment plant each day."),
    )
    fibre = models.CharField(_("fibre"), max_length=12, choices=Provision.choices, blank=True)
    access_road_width_m = models.DecimalField(
        _("access road width (m)"), max_digits=5, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    site_cleared = models.BooleanField(_("cleared"), null=True, blank=True)
    site_levelled = models.BooleanField(_("levelled"), null=True, blank=True)
    utilities_connected = models.BooleanField(_("utilities connected"), null=True, blank=True)
    handover_date = models.DateField(
        _("handover date"),
        null=True,
        blank=True,
        help_text=_("When the land can be handed over; left blank, the phase's expected handover is shown."),
    )
    environmental_category = models.CharField(
        _("environmental category"),
        max_length=4,
        choices=EnvironmentalCategory.choices,
        blank=True,
        help_text=_(
            "The highest environmental risk group of the projects this plot accepts, where the Board records one."
        ),
    )
    site_verified_on = models.DateField(
        _("utilities and readiness last verified"),
        null=True,
        blank=True,
        help_text=_("Required as soon as any utility or readiness figure is filled in."),
    )

    objects = PlotQuerySet.as_manager()

    SITE_FIELDS = (
        "power_kva",
        "power_voltage_kv",
        "water_m3_day",
        "wastewater_connection",
        "wastewater_m3_day",
        "fibre",
        "access_road_width_m",
        "site_cleared",
        "site_levelled",
        "utilities_connected",
        "handover_date",
        "environmental_category",
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("land plot")
        verbose_name_plural = _("land plots")

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("parks:plot", kwargs={"code": self.code})

    @property
    def area_ha(self):
        return Decimal(self.area_m2) / Decimal(10000)

    @property
    def has_site_data(self):
        return any(getattr(self, name) not in (None, "") for name in self.SITE_FIELDS)

    @property
    def expected_handover(self):
        """(date, from the phase?): the plot's own handover date, else its phase's expected handover."""
        if self.handover_date is not None:
            return self.handover_date, False
        return self.zone.phase.expected_handover, self.zone.phase.expected_handover is not None

    def clean(self):
        super().clean()
        if self.zone_id:
            clean_shape_bounds(self, self.zone.phase)
        if self.has_site_data and self.site_verified_on is None:
            raise ValidationError(
                {"site_verified_on": _("Give the date these utility and readiness figures were last verified.")}
            )


def clean_shape_bounds(obj, phase):
    """A form error on `shape` when it leaves the phase's plan (the syntax is the field validator's)."""
    if not obj.shape.strip():
        return
    try:
        points = shapes.parse_shape(obj.shape)
    except ValidationError:
        return  # already reported by the field's validator
    try:
        shapes.check_bounds(points, phase.plan_width, phase.plan_height)
    except ValidationError as error:
        raise ValidationError({"shape": error}) from error


class Infrastructure(VerifiedMixin):
    class Kind(models.TextChoices):
        POWER = "power", _("Power supply")
        WATER = "water", _("Water supply")
        WASTEWATER = "wastewater", _("Wastewater treatment")
        ROADS = "roads", _("Internal roads")
        TELECOM = "telecom", _("Telecommunications")
        OTHER = "other", _("Other services")

    park = models.ForeignKey(Park, on_delete=models.CASCADE, related_name="infrastructure", verbose_name=_("park"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=160)
    capacity = models.CharField(_("capacity or figure"), max_length=160, blank=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("infrastructure item")
        verbose_name_plural = _("infrastructure")

    def __str__(self):
        return self.title


class Connection(VerifiedMixin):
    class Mode(models.TextChoices):
        ROAD = "road", _("Road")
        AIR = "air", _("Airport")
        SEA = "sea", _("Seaport")
        RAIL = "rail", _("Railway")
        BORDER = "border", _("Border gate")

    park = models.ForeignKey(Park, on_delete=models.CASCADE, related_name="connections", verbose_name=_("park"))
    destination = models.CharField(_("destination"), max_length=160)
    mode = models.CharField(_("kind"), max_length=8, choices=Mode.choices, default=Mode.ROAD)
    distance_km = models.DecimalField(_("distance (km)"), max_digits=7, decimal_places=1, validators=NON_NEGATIVE)
    travel_time_minutes = models.PositiveIntegerField(_("travel time (minutes)"), null=True, blank=True)
    route = models.CharField(_("route"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
        help_text=_("Where the destination is drawn on the corridor map; left blank, it is listed in the table only."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "distance_km"]
        verbose_name = _("connection")
        verbose_name_plural = _("connections")

    @property
    def on_map(self):
        return self.latitude is not None and self.longitude is not None

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both the latitude and the longitude, or neither."))

    def __str__(self):
        return self.destination


class IncentiveQuerySet(models.QuerySet):
    def current(self, today=None):
        """The incentives on offer: none ended, or ending after `today`."""
        today = today or timezone.localdate()
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))


class Incentive(TranslatedSlugMixin, VerifiedMixin):
    class Category(models.TextChoices):
        TAX = "tax", _("Corporate income tax")
        LAND = "land", _("Land rent")
        IMPORT = "import", _("Import duty")
        TRAINING = "training", _("Training and labour")
        SUPPORT = "support", _("Investment support")

    category = models.CharField(_("category"), max_length=10, choices=Category.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, blank=True, null=True, help_text=_("Leave blank to make it from the title.")
    )
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    legal_basis = models.CharField(
        _("legal basis"), max_length=300, help_text=_("The law, decree or decision that grants it.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    ended_on = models.DateField(
        _("no longer offered from"),
        null=True,
        blank=True,
        help_text=_(
            "From this date the incentive leaves the incentives page and the incentive checker; its page stays, "
            "marked as ended, and the public change log records the end."
        ),
    )

    objects = IncentiveQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("incentive")
        verbose_name_plural = _("incentives")
        constraints = unique_slug_constraints("incentive")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("parks:incentive", kwargs={"slug": self.url_slug})

    @property
    def has_ended(self):
        return self.ended_on is not None and self.ended_on <= timezone.localdate()


class IncentiveRule(models.Model):
    """Who qualifies for an incentive: conditions the incentive checker tests a project against.

    An incentive applies when all the conditions of one of its rules are met. A condition left blank does not
    count (any sector, any capital, anywhere in the park).
    """

    incentive = models.ForeignKey(
        Incentive, on_delete=models.CASCADE, related_name="rules", verbose_name=_("incentive")
    )
    title = models.CharField(
        _("who qualifies"), max_length=200, help_text=_("E.g. “New projects in a priority sector”.")
    )
    benefit = models.CharField(
        _("what they get"), max_length=300, blank=True, help_text=_("The rate, exemption or support, in a sentence.")
    )
    sectors = models.ManyToManyField(
        Sector,
        blank=True,
        related_name="incentive_rules",
        verbose_name=_("sectors"),
        help_text=_("The project's sector must be one of these; none chosen: any sector."),
    )
    min_capital_vnd = models.PositiveBigIntegerField(
        _("minimum capital (VND)"), null=True, blank=True, help_text=_("Blank: any amount.")
    )
    min_workers = models.PositiveIntegerField(
        _("minimum workers"), null=True, blank=True, help_text=_("Blank: any number.")
    )
    high_tech_only = models.BooleanField(
        _("high-technology projects only"),
        default=False,
        help_text=_("Only projects certified as high-technology qualify."),
    )
    phases = models.ManyToManyField(
        Phase,
        blank=True,
        related_name="incentive_rules",
        verbose_name=_("location: phases"),
        help_text=_("The project must be in one of these phases; none chosen: anywhere in the park."),
    )
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("The conditions are an example the legal text does not state as such; the checker says so."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["incentive__order", "incentive_id", "order", "pk"]
        verbose_name = _("incentive rule")
        verbose_name_plural = _("incentive rules")

    def __str__(self):
        return self.title
