"""Admin base classes for translated models.

Every translated model's admin and inline use these, so that
- a translator (a member of the Translators group and of no other role) can
  change the texts in the target languages and nothing else: every other field
  is read-only, so a forged POST that changes it is ignored, and they can
  neither add, delete, run actions nor edit in the changelist;
- the change page shows the translator the source text beside each field to
  translate, with what changed in the source since the last translation;
- every changelist has a "needs translation" filter;
- every change is kept as a version (django-reversion): the history page shows
  each change field by field (old and new value, who, when), and a board
  administrator can revert a change or recover a deleted object.
"""

import difflib

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin

from core.i18n import VietnameseSlugFormField, default_language, language_name
from core.roles import is_board_administrator, is_translator_only
from translations.history import changes, ensure_versioned, versions_of
from translations.status import (
    NEEDS_WORK,
    OUTDATED,
    STATUS_LABELS,
    pks_needing_work,
    record_translations,
    statuses_for_objects,
    target_languages,
    translated_fields,
)


def translatable_columns(model):
    """{form field name: (translated field, language)} of the texts a translator may change: each translated
    text in each target language."""
    return {
        build_localized_fieldname(field, code): (field, code)
        for field in translated_fields(model)
        for code in target_languages()
    }


def translatable_field_names(model):
    return set(translatable_columns(model))


def all_form_field_names(model):
    """Every field an admin form of `model` may show, translation columns instead of their originals."""
    try:
        originals = set(translator.get_options_for_model(model).fields)
    except Exception:  # not a translated model
        originals = set()
    return [
        field.name
        for field in model._meta.get_fields()
        if (field.concrete or field.many_to_many)
        and getattr(field, "editable", False)
        and not field.auto_created
        and field.name not in originals
    ]


def word_diff(old, new):
    """What changed from `old` to `new`, word by word, as safe HTML with <del> and <ins>."""
    old_words, new_words = old.split(), new.split()
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(("{}", " ".join(old_words[i1:i2])))
        if tag in ("delete", "replace"):
            parts.append(("<del>{}</del>", " ".join(old_words[i1:i2])))
        if tag in ("insert", "replace"):
            parts.append(("<ins>{}</ins>", " ".join(new_words[j1:j2])))
    return format_html_join(" ", "{}", ((format_html(template, text),) for template, text in parts))


class TranslatorRestrictionsMixin:
    """Narrows what a translator can do to the texts in the target languages, on the server.

    Also lets editors type slugs in Vietnamese: they are cleaned into URL form.
    """

    formfield_overrides = {models.SlugField: {"form_class": VietnameseSlugFormField}}

    def _translator(self, request):
        return is_translator_only(request.user)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self._translator(request):
            return readonly
        allowed = translatable_field_names(self.model)
        return readonly + [
            name for name in all_form_field_names(self.model) if name not in allowed and name not in readonly
        ]

    def get_prepopulated_fields(self, request, obj=None):
        return {} if self._translator(request) else super().get_prepopulated_fields(request, obj)

    def has_add_permission(self, request, *args):
        return not self._translator(request) and super().has_add_permission(request, *args)

    def has_delete_permission(self, request, obj=None):
        return not self._translator(request) and super().has_delete_permission(request, obj)


class NeedsTranslationFilter(admin.SimpleListFilter):
    """Objects with a text missing or out of date in any target language ("needed"), or in one ("needed:ko");
    "current" and "current:ko" are the others."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = [("needed", _("Needs translation")), ("current", _("Translated and current"))]
        languages = target_languages()
        if len(languages) > 1:
            for code in languages:
                name = language_name(code)
                choices += [
                    (f"needed:{code}", _("Needs translation: %(language)s") % {"language": name}),
                    (f"current:{code}", _("Translated and current: %(language)s") % {"language": name}),
                ]
        return choices

    def queryset(self, request, queryset):
        wanted, _sep, code = (self.value() or "").partition(":")
        if wanted not in ("needed", "current") or (code and code not in target_languages()):
            return queryset
        pks = pks_needing_work(queryset.model, [code] if code else None)
        return queryset.filter(pk__in=pks) if wanted == "needed" else queryset.exclude(pk__in=pks)


class HistoryMixin:
    """Versions of every change (django-reversion), the field-by-field history, revert and recover.

    Reverting or recovering writes every field of the object, so it is for
    board administrators only; everyone who may see the object sees its history.
    """

    object_history_template = "admin/translations/object_history.html"
    # The app's own changelist templates stay in use; the "recover deleted" link comes through the context.
    change_list_template = None

    def _may_revert(self, request):
        return is_board_administrator(request.user)

    def changelist_view(self, request, extra_context=None):
        extra_context = dict(extra_context or {})
        if self._may_revert(request):
            opts = self.model._meta
            extra_context["recover_url"] = reverse(f"admin:{opts.app_label}_{opts.model_name}_recoverlist")
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                ensure_versioned([obj], user=request.user, comment=gettext("Before the first recorded change"))
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                ensure_versioned([obj], user=request.user, comment=gettext("Before deletion"))
        return super().delete_view(request, object_id, extra_context)

    def delete_queryset(self, request, queryset):
        ensure_versioned(list(queryset), user=request.user, comment=gettext("Before deletion"))
        super().delete_queryset(request, queryset)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        extra_context = dict(extra_context or {})
        if obj is not None:
            opts = self.model._meta
            history = changes(versions_of(obj), self.model)
            for change in history:
                change.url = reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_revision", args=[obj.pk, change.version.pk]
                )
            extra_context.update(history=history, may_revert=self._may_revert(request))
        return super().history_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self._may_revert(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self._may_revert(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self._may_revert(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)


class TranslatedAdmin(TranslatorRestrictionsMixin, HistoryMixin, VersionAdmin, TabbedTranslationAdmin):
    """The admin of every translated model."""

    change_form_template = "admin/translations/change_form.html"

    class Media:
        css = {"all": ("translations/admin.css",)}

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationFilter]

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if self._translator(request):
            # No bulk edits of non-text fields from the changelist, displayed or forged.
            changelist.list_editable = ()
        return changelist

    def get_actions(self, request):
        return {} if self._translator(request) else super().get_actions(request)

    def _statuses(self, request, obj):
        """The object's translation statuses as stored, read once per request (get_form runs more than once)."""
        cache = request.__dict__.setdefault("_translation_statuses", {})
        key = (self.model, obj.pk)
        if key not in cache:
            cache[key] = statuses_for_objects(self.model, [obj])
        return cache[key]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form
        statuses = {(status.field, status.language): status for status in self._statuses(request, obj)}

        class FormWithSource(form):
            def __init__(inner, *args, **inner_kwargs):
                super().__init__(*args, **inner_kwargs)
                for (field, code), status in statuses.items():
                    form_field = inner.fields.get(build_localized_fieldname(field, code))
                    if form_field is not None:
                        form_field.help_text = source_help(status, form_field.help_text)

        FormWithSource.__name__ = form.__name__
        return FormWithSource

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        columns = translatable_columns(self.model)
        changed = [columns[name] for name in form.changed_data if name in columns]
        if request.POST.get("_confirm_translations"):
            # The translator checked the unchanged texts against the new source too.
            record_translations(obj, user=request.user, force=True)
        elif changed:
            fields, languages = zip(*changed, strict=True)
            record_translations(
                obj, user=request.user, fields=list(dict.fromkeys(fields)), languages=list(dict.fromkeys(languages))
            )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            statuses = self._statuses(request, obj)
            context["translation_statuses"] = statuses
            context["translation_needs_work"] = [status for status in statuses if status.status in NEEDS_WORK]
        return super().render_change_form(request, context, add, change, form_url, obj)


def source_help(status, help_text=""):
    """Help text for a field to translate: the source text, and what changed in it since the last translation."""
    parts = [
        format_html(
            '<span class="mt-status mt-status-{}">{}</span> <span class="mt-source-label">{}</span> '
            '<span class="mt-source" lang="{}">{}</span>',
            status.status,
            STATUS_LABELS[status.status],
            gettext("Source (%(language)s):") % {"language": default_language()},
            default_language(),
            status.source,
        )
    ]
    if status.status == OUTDATED and status.source_at_translation is not None:
        parts.append(
            format_html(
                '<span class="mt-diff-label">{}</span> <span class="mt-diff" lang="{}">{}</span>',
                gettext("Changed since the last translation:"),
                default_language(),
                word_diff(status.source_at_translation, status.source),
            )
        )
    if help_text:
        parts.append(format_html("{}", help_text))
    return format_html_join(mark_safe("<br>"), "{}", ((part,) for part in parts))


class TranslatedTabularInline(TranslatorRestrictionsMixin, TranslationTabularInline):
    pass


class TranslatedStackedInline(TranslatorRestrictionsMixin, TranslationStackedInline):
    pass


class UntranslatedTabularInline(TranslatorRestrictionsMixin, admin.TabularInline):
    """An inline of a model without translations: read-only for translators."""
