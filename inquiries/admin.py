"""The investment officer's admin for investor inquiries: the pipeline, assignees, notes, export.

What the investor wrote is read-only once received; the Board records its
steps (status, assignee, notes), and each change of status or assignee is
written into the inquiry's history. The plot's status is never touched here.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import spreadsheets
from inquiries.models import Inquiry, InquiryNote
from inquiries.services import (
    erase_person,
    export_person,
    inquiries_of_person,
    record_pipeline_change,
    track_closing,
)


class NoteHistoryInline(admin.TabularInline):
    """The history as it was written: nobody edits or deletes an entry afterwards."""

    model = InquiryNote
    verbose_name = _("history entry")
    verbose_name_plural = _("history")
    fields = ("created_at", "author", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class NewNoteInline(admin.StackedInline):
    model = InquiryNote
    verbose_name = _("new internal note")
    verbose_name_plural = _("add an internal note")
    fields = ("text",)
    extra = 1
    max_num = 1
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).none()


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = (
        "reference_label",
        "created_at",
        "company",
        "status",
        "plot_link",
        "sector",
        "assignee",
    )
    list_display_links = ("reference_label", "company")
    list_filter = (
        "status",
        ("assignee", admin.RelatedOnlyFieldListFilter),
        "sector",
        ("plot__zone__phase", admin.RelatedOnlyFieldListFilter),
        "timeline",
        "preferred_language",
        "created_at",
    )
    search_fields = ("company", "contact_name", "email", "phone", "country", "message", "plot__code", "plots__code")
    date_hierarchy = "created_at"
    list_select_related = ("plot", "sector", "assignee")
    list_per_page = 50
    autocomplete_fields = ("plot",)
    inlines = [NoteHistoryInline, NewNoteInline]
    actions = ["export_csv", "export_person_json", "erase_person"]
    fieldsets = (
        (_("Pipeline"), {"fields": ("status", "assignee")}),
        (_("Investor"), {"fields": ("company", "contact_name", "email", "phone", "country", "preferred_language")}),
        (
            _("Project"),
            {
                "fields": (
                    "plot",
                    "plot_status",
                    "shortlist_links",
                    "sector",
                    "land_needed_m2",
                    "capital_amount",
                    "capital_currency",
                    "timeline",
                    "message",
                )
            },
        ),
        (
            _("Record"),
            {
                "fields": (
                    "reference_label",
                    "created_at",
                    "updated_at",
                    "ip_address",
                    "confirmation_sent_at",
                    "notification_sent_at",
                    "consented_at",
                    "closed_at",
                    "anonymised_at",
                )
            },
        ),
    )

    def get_readonly_fields(self, request, obj=None):
        record = (
            "reference_label",
            "plot_status",
            "shortlist_links",
            "created_at",
            "updated_at",
            "ip_address",
            "consented_at",
            "closed_at",
            "anonymised_at",
            "confirmation_sent_at",
            "notification_sent_at",
        )
        # What the investor sent is their word: kept as received. An inquiry taken by phone is typed in whole.
        return record + Inquiry.SUBMITTED_FIELDS if obj is not None else record

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("plot__zone__phase", "sector", "assignee")
            .prefetch_related("plots")
        )

    @admin.display(description=_("reference"), ordering="pk")
    def reference_label(self, inquiry):
        return inquiry.reference

    @admin.display(description=_("plot"), ordering="plot__code")
    def plot_link(self, inquiry):
        plots = [inquiry.plot] if inquiry.plot is not None else list(inquiry.plots.all())
        if not plots:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            ((reverse("admin:parks_plot_change", args=[plot.pk]), plot.code) for plot in plots),
        )

    @admin.display(description=_("shortlist"))
    def shortlist_links(self, inquiry):
        plots = list(inquiry.plots.all())
        if not plots:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (reverse("admin:parks_plot_change", args=[plot.pk]), plot.code, plot.get_status_display())
                for plot in plots
            ),
        )

    @admin.display(description=_("plot status (the Board's decision)"))
    def plot_status(self, inquiry):
        if inquiry.plot is None:
            return "—"
        return format_html(
            '{} · <a href="{}">{}</a>',
            inquiry.plot.get_status_display(),
            reverse("admin:parks_plot_change", args=[inquiry.plot.pk]),
            gettext("change it on the plot"),
        )

    def save_model(self, request, obj, form, change):
        before = {"status": form.initial.get("status"), "assignee_id": form.initial.get("assignee")}
        super().save_model(request, obj, form, change)
        if change:
            record_pipeline_change(inquiry=obj, before=before, user=request.user)
        track_closing(inquiry=obj)

    def save_formset(self, request, form, formset, change):
        notes = formset.save(commit=False)
        for note in notes:
            if note.pk is None:
                note.author = request.user
            note.save()
        formset.save_m2m()

    @admin.action(description=_("Export the selected inquiries as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="inquiries-{stamp}.csv"'
        # A byte-order mark, so that Excel opens the Vietnamese text as UTF-8.
        response.write("\ufeff")
        writer = spreadsheets.writer(response)
        columns = [
            (_("reference"), lambda i: i.reference),
            (_("received"), lambda i: timezone.localtime(i.created_at).strftime("%Y-%m-%d %H:%M")),
            (_("status"), lambda i: i.get_status_display()),
            (
                _("assigned to"),
                lambda i: (i.assignee.get_full_name() or i.assignee.get_username()) if i.assignee else "",
            ),
            (_("company"), lambda i: i.company),
            (_("contact person"), lambda i: i.contact_name),
            (_("email"), lambda i: i.email),
            (_("phone"), lambda i: i.phone),
            (_("country"), lambda i: i.country),
            (_("sector"), lambda i: i.sector.name if i.sector else ""),
            (_("plot"), lambda i: i.plot.code if i.plot else ""),
            (_("land needed (m²)"), lambda i: i.land_needed_m2 or ""),
            (_("planned capital"), lambda i: i.capital_amount or ""),
            (_("currency of the capital"), lambda i: i.capital_currency if i.capital_amount else ""),
            (_("timeline"), lambda i: i.get_timeline_display()),
            (_("preferred language"), lambda i: i.preferred_language),
            (_("message"), lambda i: i.message),
            (_("internal notes"), lambda i: len(i.notes.all())),
        ]
        writer.writerow([str(label) for label, _value in columns])
        rows = queryset.select_related("plot", "sector", "assignee").prefetch_related("notes").order_by("pk")
        for inquiry in rows:
            writer.writerow([value(inquiry) for _label, value in columns])
        return response

    def _people(self, queryset):
        return sorted({inquiry.email.strip().lower() for inquiry in queryset if inquiry.email.strip()})

    @admin.action(description=_("Export all data of the selected inquiries' senders (JSON)"), permissions=["view"])
    def export_person_json(self, request, queryset):
        people = self._people(queryset)
        if len(people) != 1:
            self.message_user(
                request, gettext("Select inquiries of one person (one email address) to export."), messages.ERROR
            )
            return None
        response = HttpResponse(export_person(email=people[0]), content_type="application/json; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="personal-data-{stamp}.json"'
        return response

    @admin.action(description=_("Erase the personal data of the selected inquiries' senders"), permissions=["change"])
    def erase_person(self, request, queryset):
        """Anonymise every inquiry sent from the selected inquiries' email addresses, after a confirmation page."""
        people = self._people(queryset)
        if not people:
            self.message_user(request, gettext("The selected inquiries hold no personal data."), messages.WARNING)
            return None
        if request.POST.get("confirm") == "yes":
            count = sum(erase_person(email=email) for email in people)
            self.message_user(
                request,
                gettext("The personal data of %(people)s person(s) was removed from %(count)s inquiries.")
                % {"people": len(people), "count": count},
                messages.SUCCESS,
            )
            return None
        affected = [inquiry for email in people for inquiry in inquiries_of_person(email=email).order_by("pk")]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Erase personal data?"),
            "opts": self.model._meta,
            "people": people,
            "affected": affected,
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/inquiries/erase_confirmation.html", context)
