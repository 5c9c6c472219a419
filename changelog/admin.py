"""The change log in the admin: the Board reads it and hides an entry made by mistake; nothing else is editable."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from changelog.models import ChangeEntry
from changelog.presentation import describe
from changelog.services import set_hidden


@admin.register(ChangeEntry)
class ChangeEntryAdmin(admin.ModelAdmin):
    list_display = ("changed_at", "kind", "subject_name", "change", "hidden")
    list_filter = ("kind", "hidden")
    date_hierarchy = "changed_at"
    actions = ["hide", "show"]
    fields = ("changed_at", "kind", "subject_name", "change", "version", "hidden")
    readonly_fields = ("changed_at", "kind", "subject_name", "change", "version")
    list_select_related = ("content_type",)

    @admin.display(description=_("item"))
    def subject_name(self, entry):
        return describe(entry).subject

    @admin.display(description=_("change"))
    def change(self, entry):
        row = describe(entry)
        return row.what if not row.old and not row.new else f"{row.what}: {row.old} → {row.new}"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("subject")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Entries are history: one made by mistake is hidden, never deleted.
        return False

    def save_model(self, request, obj, form, change):
        set_hidden(entries=ChangeEntry.objects.filter(pk=obj.pk), hidden=obj.hidden)

    @admin.action(description=_("Hide from the public change log"), permissions=["change"])
    def hide(self, request, queryset):
        count = set_hidden(entries=queryset, hidden=True)
        self.message_user(
            request, ngettext("%(count)s entry hidden.", "%(count)s entries hidden.", count) % {"count": count}
        )

    @admin.action(description=_("Show again in the public change log"), permissions=["change"])
    def show(self, request, queryset):
        count = set_hidden(entries=queryset, hidden=False)
        self.message_user(
            request,
            ngettext("%(count)s entry shown again.", "%(count)s entries shown again.", count) % {"count": count},
            messages.SUCCESS,
        )
