from django.contrib import admin

from portal import inquiry_admin  # noqa: F401  (registers the inquiries' admin)
from portal.admin_base import PortalTranslationAdmin, PortalTranslationStackedInline
from portal.models import BoardContact, Page, PageSection

admin.site.site_header = "Ban Quản lý KCN Thanh Bình · Thanh Binh Industrial Park"
admin.site.site_title = "KCN Thanh Bình"


class PageSectionInline(PortalTranslationStackedInline):
    model = PageSection
    extra = 0


@admin.register(Page)
class PageAdmin(PortalTranslationAdmin):
    list_display = ("title", "layout", "show_in_menu", "order", "updated_at")
    list_filter = ("layout", "show_in_menu")
    list_editable = ("order",)
    search_fields = ("title", "summary", "body")
    inlines = [PageSectionInline]


@admin.register(BoardContact)
class BoardContactAdmin(PortalTranslationAdmin):
    list_display = ("name", "position", "phone", "email", "is_primary", "order")
    list_filter = ("is_primary",)
    search_fields = ("name", "position", "email")
