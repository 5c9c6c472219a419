"""Plot alerts in the admin: the demand they show, counted per criterion. No address, no way to mail subscribers.

The subscriptions' list is replaced by the counts; nothing can be added,
changed or deleted here (a subscriber confirms and unsubscribes by their own
links, and the retention job removes the rest).
"""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from alerts.models import Subscription
from alerts.services import demand
from parks.models import Phase, Sector


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        # Only the summary: no page shows one subscription.
        return [url for url in super().get_urls() if url.name and url.name.endswith("_changelist")]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        counts = demand()
        phases = [(phase.name, counts["by_phase"].get(phase.pk, 0)) for phase in Phase.objects.all()]
        sectors = [(sector.name, counts["by_sector"].get(sector.pk, 0)) for sector in Sector.objects.all()]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Demand shown by plot alerts"),
            "counts": counts,
            "phases": phases,
            "any_phase": counts["by_phase"].get(None, 0),
            "sectors": sectors,
            "any_sector": counts["by_sector"].get(None, 0),
            "languages": [(name, counts["by_language"].get(code, 0)) for code, name in settings.LANGUAGES],
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/alerts/demand.html", context)
