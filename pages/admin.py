from django.contrib import admin

from pages.models import BoardContact, Page, PageSection
from translations.admin import TranslatedAdmin, TranslatedStackedInline


class PageSectionInline(TranslatedStackedInline):
    model = PageSection
    extra = 0


@admin.register(Page)
class PageAdmin(TranslatedAdmin):
    list_display = ("title", "layout", "show_in_menu", "order", "updated_at")
    list_filter = ("layout", "show_in_menu")
    list_editable = ("order",)
    search_fields = ("title", "summary", "body")
    inlines = [PageSectionInline]


@admin.register(BoardContact)
class BoardContactAdmin(TranslatedAdmin):
    list_display = ("name", "position", "phone", "email", "is_primary", "order")
    list_filter = ("is_primary",)
    search_fields = ("name", "position", "email")
