"""The project directory as CSV and JSON, with the page's filters, in the visitor's language.

Keys in the JSON stay the same in every language; labels (the CSV's header
row, the JSON's "fields") and the texts follow the language of the address.
An export with a filter it cannot use answers 400 with the reason, rather
than quietly sending a different list from the one asked for.
"""

import io
import json
from datetime import date

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import spreadsheets
from core.i18n import current_language
from projects.models import Project


def _name(obj):
    return obj.name if obj is not None else None


COLUMNS = [
    ("name", _("Project"), lambda project, request: project.name),
    ("investor", _("Investor"), lambda project, request: project.investor.name),
    ("country", _("Country"), lambda project, request: project.investor.get_country_display()),
    ("country_code", _("Country code"), lambda project, request: project.investor.country),
    ("sector", _("Sector"), lambda project, request: _name(project.sector)),
    ("phase", _("Phase"), lambda project, request: _name(project.phase)),
    ("plot", _("Plot"), lambda project, request: project.plot.code if project.plot else None),
    ("status", _("Status"), lambda project, request: project.get_status_display()),
    ("status_code", _("Status code"), lambda project, request: project.status),
    ("capital_vnd", _("Registered capital (VND)"), lambda project, request: project.capital_vnd),
    ("capital_usd", _("Registered capital (USD)"), lambda project, request: project.capital_usd),
    ("land_area_m2", _("Land area (m²)"), lambda project, request: project.land_area_m2),
    ("workers", _("Workers"), lambda project, request: project.workers),
    ("local_workers", _("Local workers"), lambda project, request: project.local_workers),
    ("products", _("Products"), lambda project, request: project.products or ""),
    ("registration_date", _("Registration date"), lambda project, request: project.registration_date),
    ("operation_start", _("Start of operation"), lambda project, request: project.operation_start),
    ("verified_on", _("Last verified"), lambda project, request: project.verified_on),
    ("illustrative", _("Illustrative figures"), lambda project, request: project.is_illustrative),
    ("url", _("Web page"), lambda project, request: request.build_absolute_uri(project.get_absolute_url())),
]


def _rows(request, form):
    projects = form.apply(Project.objects.for_listing())
    for project in projects:
        yield {key: value(project, request) for key, _label, value in COLUMNS}


def _filename(extension):
    return f"thanh-binh-projects-{current_language()}.{extension}"


def _refuse(form, as_json):
    errors = form.error_messages()
    if as_json:
        return JsonResponse({"errors": {name: list(messages) for name, messages in form.errors.items()}}, status=400)
    return HttpResponse("\n".join(errors) + "\n", status=400, content_type="text/plain; charset=utf-8")


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_response(request, form):
    if form.errors:
        return _refuse(form, as_json=False)
    buffer = io.StringIO()
    # The byte order mark tells Excel the file is UTF-8, so Vietnamese letters survive.
    buffer.write("\ufeff")
    writer = spreadsheets.writer(buffer)
    writer.writerow([str(label) for _key, label, _value in COLUMNS])
    for row in _rows(request, form):
        writer.writerow([_csv_cell(value) for value in row.values()])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    response["Content-Language"] = current_language()
    return response


def json_response(request, form):
    if form.errors:
        return _refuse(form, as_json=True)
    projects = list(_rows(request, form))
    payload = {
        "language": current_language(),
        "filters": {key: value for key, value in form.canonical_query() if key != "sort"},
        "sort": form.sort_key(),
        "count": len(projects),
        "fields": {key: str(label) for key, label, _value in COLUMNS},
        "projects": projects,
    }
    response = HttpResponse(
        json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    response["Content-Language"] = current_language()
    return response
