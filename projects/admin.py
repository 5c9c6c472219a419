from django.contrib import admin
from django.db import models
from django.db.models import Count, Sum
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import default_language
from projects.models import InvestmentTarget, Investor, Project
from projects.services import process_investor_logo
from translations.admin import TranslatedAdmin, TranslatedStackedInline


class ProjectInlineFormSet(BaseInlineFormSet):
    """Two new rows of the same form cannot both put an operating project on one plot.

    Each project's own clean() checks the saved projects; this checks the rows
    posted together, which the database would otherwise refuse with an error page.
    """

    def clean(self):
        super().clean()
        source_name = build_localized_fieldname("name", default_language())
        seen = {}
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            plot, status = form.cleaned_data.get("plot"), form.cleaned_data.get("status")
            if plot is None or status != Project.Status.OPERATING:
                continue
            if plot.pk in seen:
                message = _("Plot %(plot)s cannot hold two operating projects: %(first)s and %(second)s.") % {
                    "plot": plot.code,
                    "first": seen[plot.pk],
                    "second": form.cleaned_data.get(source_name) or form.cleaned_data.get("name") or "",
                }
                form.add_error("plot", message)
                continue
            seen[plot.pk] = form.cleaned_data.get(source_name) or form.cleaned_data.get("name") or ""


class ProjectInline(TranslatedStackedInline):
    model = Project
    formset = ProjectInlineFormSet
    extra = 0
    fields = (
        "name",
        "status",
        "sector",
        "plot",
        "phase",
        "capital_vnd",
        "capital_usd",
        "land_area_m2",
        "workers",
        "local_workers",
        "registration_date",
        "operation_start",
        "is_illustrative",
        "verified_on",
    )
    autocomplete_fields = ("plot",)
    show_change_link = True


@admin.register(Investor)
class InvestorAdmin(TranslatedAdmin):
    list_display = ("name", "country", "website", "project_count")
    list_filter = ("country",)
    search_fields = ("name", "website")
    inlines = [ProjectInline]
    # A website typed without a scheme is read as https (Django 6's default, chosen now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(project_total=Count("projects"))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        process_investor_logo(investor=obj)

    @admin.display(description=_("projects"), ordering="project_total")
    def project_count(self, investor):
        return investor.project_total


@admin.register(Project)
class ProjectAdmin(TranslatedAdmin):
    list_display = (
        "name",
        "investor",
        "status",
        "sector",
        "plot",
        "capital_vnd",
        "workers",
        "local_workers",
        "registration_date",
        "verified_on",
    )
    list_filter = ("status", "sector", "phase", ("investor__country", admin.ChoicesFieldListFilter), "is_illustrative")
    list_select_related = ("investor", "sector", "phase", "plot")
    search_fields = ("name", "investor__name", "products", "plot__code")
    autocomplete_fields = ("investor", "plot")
    date_hierarchy = "registration_date"
    fieldsets = (
        (None, {"fields": ("investor", "name", "slug", "status", "is_illustrative")}),
        (_("Place in the park"), {"fields": ("sector", "plot", "phase")}),
        (
            _("Figures"),
            {
                "fields": (
                    "capital_vnd",
                    "capital_usd",
                    "land_area_m2",
                    "workers",
                    "local_workers",
                    "registration_date",
                    "operation_start",
                    "verified_on",
                )
            },
        ),
        (_("Texts"), {"fields": ("products", "description")}),
    )

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None:
            # The totals of every row the filters and search select, not only this page's.
            response.context_data["totals"] = changelist.queryset.order_by().aggregate(
                projects=Count("pk"),
                capital_vnd=Sum("capital_vnd"),
                capital_usd=Sum("capital_usd"),
                land_area_m2=Sum("land_area_m2"),
                workers=Sum("workers"),
                local_workers=Sum("local_workers"),
            )
        return response


@admin.register(InvestmentTarget)
class InvestmentTargetAdmin(TranslatedAdmin):
    list_display = (
        "title",
        "period",
        "projects_target",
        "projects_registered",
        "capital_target_vnd",
        "capital_registered",
        "verified_on",
    )
    search_fields = ("title", "decision")

    def get_queryset(self, request):
        return super().get_queryset(request).with_progress()

    @admin.display(description=_("period"), ordering="start_year")
    def period(self, target):
        return target.period

    @admin.display(description=_("projects registered so far"), ordering="projects_registered")
    def projects_registered(self, target):
        return target.projects_registered

    @admin.display(description=_("capital registered so far (VND)"), ordering="capital_registered_vnd")
    def capital_registered(self, target):
        return target.capital_registered_vnd
