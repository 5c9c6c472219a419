"""Admin pages for translators: the dashboard and worklist, export and import."""

from collections import Counter

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.i18n import language_name
from translations.exchange import XliffError, apply_import, build_xliff, export_statuses, plan_import
from translations.models import PendingImport
from translations.status import (
    CURRENT,
    MISSING,
    NEEDS_WORK,
    OUTDATED,
    STATUS_LABELS,
    model_from_key,
    model_key,
    statuses_for_model,
    target_languages,
    visible_models,
)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def _require_translation_access(request):
    if not visible_models(request.user):
        raise PermissionDenied


def _model_choices(user):
    return [("", _("All"))] + [
        (model_key(model), str(model._meta.verbose_name_plural).capitalize()) for model in visible_models(user)
    ]


def _language_choices():
    return [(code, f"{language_name(code)} ({code})") for code in target_languages()]


class WorklistFilter(forms.Form):
    model = forms.ChoiceField(label=gettext_lazy("Content"), required=False)
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[
            ("needs", gettext_lazy("Needs work")),
            (MISSING, STATUS_LABELS[MISSING]),
            (OUTDATED, STATUS_LABELS[OUTDATED]),
        ],
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["model"].choices = _model_choices(user)
        self.fields["language"].choices = _language_choices()


def _counts(statuses):
    counts = Counter(status.status for status in statuses)
    return {
        "missing": counts[MISSING],
        "outdated": counts[OUTDATED],
        "current": counts[CURRENT],
        "total": len(statuses),
    }


def dashboard(request):
    """Every target language's totals, then the chosen language's counts per content type and its worklist.

    Each model's statuses are read once for every language together (two queries per model), so another
    language adds no query.
    """
    _require_translation_access(request)
    models = visible_models(request.user)
    form = WorklistFilter(request.GET or None, user=request.user)
    chosen_model = chosen_status = None
    language = target_languages()[0]
    if form.is_bound and form.is_valid():
        chosen_model = model_from_key(form.cleaned_data["model"]) if form.cleaned_data["model"] else None
        chosen_status = form.cleaned_data["status"] or None
        language = form.cleaned_data["language"] or language
    rows, worklist = [], []
    by_language = {code: [] for code in target_languages()}
    for model in models:
        every_language = statuses_for_model(model)
        for status in every_language:
            by_language[status.language].append(status)
        statuses = [status for status in every_language if status.language == language]
        rows.append({"key": model_key(model), "name": model._meta.verbose_name_plural, **_counts(statuses)})
        if chosen_model is None or chosen_model is model:
            wanted = NEEDS_WORK if chosen_status in (None, "needs") else (chosen_status,)
            worklist.extend(status for status in statuses if status.status in wanted)
    languages = [
        {"code": code, "name": language_name(code), "chosen": code == language, **_counts(statuses)}
        for code, statuses in by_language.items()
    ]
    totals = {name: sum(row[name] for row in rows) for name in ("missing", "outdated", "current", "total")}
    page = Paginator(worklist, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "languages": languages,
        "rows": rows,
        "totals": totals,
        "page_obj": page,
        "form": form,
        "language": language,
        "language_name": language_name(language),
        "query": query.urlencode(),
        "import_form": ImportForm(),
        "export_form": ExportForm(user=request.user, initial={"language": language}),
    }
    return render(request, "admin/translations/dashboard.html", context)


class ExportForm(forms.Form):
    model = forms.ChoiceField(label=gettext_lazy("Content"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"))
    include = forms.ChoiceField(
        label=gettext_lazy("Texts"),
        choices=[("needs", gettext_lazy("Missing and out of date")), ("all", gettext_lazy("All, for review"))],
        initial="needs",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["model"].choices = _model_choices(user)
        self.fields["language"].choices = _language_choices()


def export_view(request):
    _require_translation_access(request)
    form = ExportForm(request.GET, user=request.user)
    if not form.is_valid():
        return HttpResponse(
            _("Choose what to export: %(errors)s") % {"errors": form.errors.as_text()},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    model = model_from_key(form.cleaned_data["model"]) if form.cleaned_data["model"] else None
    language = form.cleaned_data["language"]
    statuses = NEEDS_WORK if form.cleaned_data["include"] == "needs" else (MISSING, OUTDATED, CURRENT)
    document = build_xliff(export_statuses(model=model, language=language, statuses=statuses), language=language)
    name = f"thanh-binh-{(form.cleaned_data['model'] or 'all').replace('.', '-')}-{language}.xlf"
    response = HttpResponse(document, content_type="application/x-xliff+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("XLIFF file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload.read()


def _pending(request):
    """The user's own pending import named in the form, or None (another user's id is as good as none)."""
    try:
        return PendingImport.objects.filter(pk=request.POST.get("pending", ""), user=request.user).first()
    except (ValueError, ValidationError):
        return None


def import_view(request):
    """Upload: a preview of what would change, the file kept in a row. Confirm: apply what still applies,
    planned and checked afresh, all or nothing."""
    _require_translation_access(request)
    context = {**admin.site.each_context(request), "title": _("Import translations")}
    if request.method == "POST" and "_apply" in request.POST:
        pending = _pending(request)
        if pending is None:
            context["form"] = ImportForm()
            context["message"] = _("Nothing to apply: upload the file again.")
            return render(request, "admin/translations/import.html", context, status=400)
        try:
            plan = apply_import(bytes(pending.content), user=request.user)
        except XliffError as error:
            context["form"] = ImportForm()
            context["message"] = str(error)
            return render(request, "admin/translations/import.html", context, status=400)
        pending.delete()
        context.update(plan=plan, applied=True)
        return render(request, "admin/translations/import.html", context)
    if request.method != "POST":
        context["form"] = ImportForm()
        return render(request, "admin/translations/import.html", context)
    form = ImportForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, "admin/translations/import.html", context, status=400)
    data = form.cleaned_data["file"]
    try:
        plan = plan_import(data, user=request.user)
    except XliffError as error:
        form.add_error("file", str(error))
        return render(request, "admin/translations/import.html", context, status=400)
    # One pending import per user, and none older than a day.
    PendingImport.objects.filter(user=request.user).delete()
    PendingImport.objects.filter(created_at__lt=timezone.now() - PendingImport.LIFETIME).delete()
    pending = PendingImport.objects.create(user=request.user, name=request.FILES["file"].name[:255], content=data)
    context.update(plan=plan, applied=False, pending=pending)
    return render(request, "admin/translations/import.html", context)
