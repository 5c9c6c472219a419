from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from news.models import Category, Document, Post, PostPhoto
from news.services import make_post_renditions, photos_waiting
from translations.admin import TranslatedAdmin, TranslatedStackedInline


@admin.register(Category)
class CategoryAdmin(TranslatedAdmin):
    list_display = ("name", "order")
    list_editable = ("order",)
    search_fields = ("name", "description")


def resize_state(field_file, renditions):
    """What the editor should know about a photo's resized versions."""
    if not field_file:
        return "—"
    if (renditions or {}).get("source") == field_file.name:
        return _("Resized for the site.")
    return _("Processing: the resized versions are being made; until then the site shows the photo as uploaded.")


class PostPhotoInline(TranslatedStackedInline):
    model = PostPhoto
    extra = 0
    fields = ("image", "resized", "alt", "caption", "order")
    readonly_fields = ("resized",)
    verbose_name = _("photo in the gallery")
    verbose_name_plural = _("photo gallery (shown below the text)")

    @admin.display(description=_("resized versions"))
    def resized(self, photo):
        return resize_state(photo.image, photo.renditions)


@admin.register(Post)
class PostAdmin(TranslatedAdmin):
    change_form_template = "admin/news/post/change_form.html"
    list_display = ("title", "category", "state", "publish_at", "featured", "updated_at")
    list_filter = ("status", "category", "featured")
    list_select_related = ("category",)
    search_fields = ("title", "lead")
    date_hierarchy = "publish_at"
    inlines = [PostPhotoInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "category", "lead", "body")}),
        (_("Cover photo"), {"fields": ("cover", "cover_resized", "cover_alt", "cover_caption")}),
        (_("Source and author"), {"fields": ("source_name", "source_url", "author")}),
        (
            _("Publishing"),
            {
                "fields": ("status", "publish_at", "featured"),
                "description": _(
                    "A draft is seen by staff only (use Preview). A published post appears on the site at its "
                    "publish time; a time in the future schedules it."
                ),
            },
        ),
    )

    readonly_fields = ("cover_resized",)

    @admin.display(description=_("resized versions"))
    def cover_resized(self, post):
        return resize_state(post.cover, post.cover_renditions)

    @admin.display(description=_("state"), ordering="status")
    def state(self, post):
        if post.status == Post.Status.DRAFT:
            return _("Draft")
        if post.publish_at > timezone.now():
            return format_html(
                "{} {}", _("Scheduled for"), date_format(timezone.localtime(post.publish_at), "SHORT_DATETIME_FORMAT")
            )
        return _("Published")

    def view_on_site(self, post):
        return post.get_absolute_url() if post.is_public else None

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            # A link typed without a scheme is taken as https (Django 6's default, chosen now).
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if photos_waiting(form.instance):
            # Resizing takes seconds for a large photo: a background task does it, queued with the save.
            make_post_renditions.enqueue(form.instance.pk)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["preview_url"] = reverse("news:preview", kwargs={"pk": obj.pk})
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(Document)
class DocumentAdmin(TranslatedAdmin):
    list_display = ("title", "kind", "published_on", "order")
    list_filter = ("kind",)
    list_editable = ("order",)
    search_fields = ("title", "description")
