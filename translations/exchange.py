"""Hand translations to an outside translator as XLIFF 1.2 and load them back.

Each <trans-unit> is one text of one object: its id is
"app_label.model:pk:field", its <source> the Vietnamese text at export time
and its <target> the translation. On import a unit whose source no longer
matches the database is a conflict (the source changed after the export) and
is not applied; an unknown or malformed unit is reported, and so is a
translation its field refuses (too long, for one): the preview names the unit,
and what is applied has been checked, so applying never stops half-way. Rich
text is cleaned by the same HTML sanitiser as the editor's. Rich text goes out marked
datatype="html", so translation tools protect its tags.

The file is parsed with defusedxml: no entity expansion, no external entities.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import reversion
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as parse_untrusted_xml
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import default_language
from translations.history import ensure_versioned
from translations.status import (
    NEEDS_WORK,
    model_from_key,
    model_key,
    record_translations,
    statuses_for_model,
    target_languages,
    text_of,
    translated_fields,
    translated_models,
)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_UNITS = 20000


def export_statuses(*, model=None, language, statuses=NEEDS_WORK):
    models = [model] if model is not None else [m for m in translated_models() if translated_fields(m)]
    result = []
    for each in models:
        result.extend(s for s in statuses_for_model(each, [language]) if s.status in statuses)
    return result


def build_xliff(text_statuses, *, language):
    """An XLIFF 1.2 document (bytes) with one <file> per model."""
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(f"{{{XLIFF_NS}}}xliff", {"version": "1.2"})
    files = {}
    for status in text_statuses:
        key = model_key(status.model)
        if key not in files:
            file_element = ET.SubElement(
                root,
                f"{{{XLIFF_NS}}}file",
                {
                    "original": key,
                    "source-language": default_language(),
                    "target-language": language,
                    "datatype": "plaintext",
                },
            )
            files[key] = ET.SubElement(file_element, f"{{{XLIFF_NS}}}body")
        unit_id = f"{key}:{status.pk}:{status.field}"
        attributes = {"id": unit_id, "resname": unit_id}
        if is_rich_text(status.model, status.field, language):
            attributes["datatype"] = "html"
        unit = ET.SubElement(files[key], f"{{{XLIFF_NS}}}trans-unit", attributes)
        source = ET.SubElement(unit, f"{{{XLIFF_NS}}}source", {XML_LANG: default_language()})
        source.text = status.source
        target = ET.SubElement(
            unit,
            f"{{{XLIFF_NS}}}target",
            {
                XML_LANG: language,
                "state": "needs-translation" if not status.translation else "needs-review-translation",
            },
        )
        target.text = status.translation
        note = ET.SubElement(unit, f"{{{XLIFF_NS}}}note")
        note.text = f"{status.model._meta.verbose_name}: {status.label} / {status.field_label}"
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class XliffError(ValueError):
    """The file as a whole cannot be read."""


def column(model, field_name, language):
    return model._meta.get_field(build_localized_fieldname(field_name, language))


def is_rich_text(model, field_name, language):
    """A field edited in the rich-text editor: its model field cleans HTML (the project's nh3 sanitiser)."""
    return callable(getattr(column(model, field_name, language), "sanitize", None))


def check_target(entry, obj):
    """The translation as its field would store it, or a ValidationError naming what is wrong with it.

    The field's own rules (length, validators); rich text comes back cleaned by
    the project's HTML sanitiser (news.html), exactly as the editor's text is.
    """
    return column(entry.model, entry.field, entry.language).clean(entry.target, obj)


@dataclass
class Entry:
    unit_id: str
    model: type = None
    pk: int = None
    field: str = ""
    language: str = ""
    source: str = ""
    target: str = ""
    current_source: str = ""
    current_target: str = ""
    label: str = ""
    problem: str = ""

    @property
    def source_language(self):
        return default_language()


@dataclass
class ImportPlan:
    changes: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    empty: list = field(default_factory=list)


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _text(element):
    """An element's whole text, inline markup included as text."""
    if element is None:
        return None
    return "".join(element.itertext()).strip()


def parse_xliff(content):
    """The units of an XLIFF 1.2 document as (unit id, file's target language, source, target) tuples."""
    try:
        root = parse_untrusted_xml(content, forbid_dtd=True)
    except ET.ParseError as error:
        raise XliffError(_("The file is not valid XML (%(error)s).") % {"error": error}) from error
    except DefusedXmlException as error:
        raise XliffError(
            _("The file declares a DTD or entities, which an XLIFF file has no need of; it was not read.")
        ) from error
    if _local(root.tag) != "xliff":
        raise XliffError(_("The file is XML but not XLIFF: its root element is <%(tag)s>.") % {"tag": _local(root.tag)})
    units = []
    for file_element in root.iter():
        if _local(file_element.tag) != "file":
            continue
        file_language = file_element.get("target-language", "")
        for unit in file_element.iter():
            if _local(unit.tag) != "trans-unit":
                continue
            children = {_local(child.tag): child for child in unit}
            target = children.get("target")
            language = (target.get(XML_LANG) if target is not None else None) or file_language
            units.append((unit.get("id", ""), language, _text(children.get("source")), _text(target)))
            if len(units) > MAX_UNITS:
                raise XliffError(_("The file has more than %(count)s units.") % {"count": MAX_UNITS})
    if not units:
        raise XliffError(_("The file has no translation units."))
    return units


def plan_import(content, *, user=None):
    """What importing `content` would do, without changing anything."""
    plan = ImportPlan()
    objects = {}
    for unit_id, language, source, target in parse_xliff(content):
        entry = Entry(unit_id=unit_id or "?", language=language or "", source=source or "", target=target or "")
        try:
            key, pk, field_name = unit_id.split(":")
            pk = int(pk)
        except ValueError:
            entry.problem = _("The unit id is not of the form model:id:field.")
            plan.errors.append(entry)
            continue
        model = model_from_key(key)
        if model is None:
            entry.problem = _("Unknown model %(model)s.") % {"model": key}
            plan.errors.append(entry)
            continue
        if field_name not in translated_fields(model):
            entry.problem = _("%(model)s has no translated text %(field)s.") % {"model": key, "field": field_name}
            plan.errors.append(entry)
            continue
        if language not in target_languages():
            entry.problem = _("The target language %(language)s is not one the site translates into.") % {
                "language": language or "?"
            }
            plan.errors.append(entry)
            continue
        if source is None:
            entry.problem = _("The unit has no source text.")
            plan.errors.append(entry)
            continue
        if user is not None and not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            entry.problem = _("You may not change %(model)s.") % {"model": model._meta.verbose_name_plural}
            plan.errors.append(entry)
            continue
        if (model, pk) not in objects:
            objects[(model, pk)] = model._default_manager.filter(pk=pk).first()
        obj = objects[(model, pk)]
        if obj is None:
            entry.problem = _("No %(model)s with id %(pk)s.") % {"model": model._meta.verbose_name, "pk": pk}
            plan.errors.append(entry)
            continue
        entry.model, entry.pk, entry.field, entry.label = model, pk, field_name, str(obj)
        entry.current_source = text_of(obj, field_name, default_language())
        entry.current_target = text_of(obj, field_name, language)
        if not entry.target:
            plan.empty.append(entry)
            continue
        if entry.source != entry.current_source:
            entry.problem = _("The source text changed after the export.")
            plan.conflicts.append(entry)
            continue
        try:
            entry.target = check_target(entry, obj)
        except ValidationError as error:
            entry.problem = " ".join(error.messages)
            plan.errors.append(entry)
            continue
        if entry.target == entry.current_target:
            plan.unchanged.append(entry)
        else:
            plan.changes.append(entry)
    return plan


def apply_import(content, *, user=None):
    """Apply the changes of `content`, planned (and checked) afresh; returns the plan that was applied.

    All or nothing: one transaction and one version in the history. Each
    object is saved whole, so what derives from its texts (the English slug,
    sort keys, the search index) is saved with the new text.
    """
    plan = plan_import(content, user=user)
    # Objects never changed since history began get their current state recorded first: the import's change
    # then has an old side to show and to revert to.
    ensure_versioned(
        [entry.model._default_manager.filter(pk=entry.pk).first() for entry in plan.changes],
        user=user,
        comment=_("Before the first recorded change"),
    )
    try:
        with transaction.atomic(), reversion.create_revision():
            if user is not None:
                reversion.set_user(user)
            reversion.set_comment(_("Translations imported from an XLIFF file"))
            by_object = {}
            for entry in plan.changes:
                by_object.setdefault((entry.model, entry.pk), []).append(entry)
            for (model, pk), entries in by_object.items():
                obj = model._default_manager.select_for_update().get(pk=pk)
                for entry in entries:
                    setattr(obj, build_localized_fieldname(entry.field, entry.language), entry.target)
                obj.save()
                for entry in entries:
                    record_translations(obj, user=user, fields=[entry.field], languages=[entry.language], force=True)
    except (DatabaseError, ValidationError) as error:
        raise XliffError(
            _("Nothing was saved: the database refused the import (%(error)s). Upload the file again.")
            % {"error": str(error)[:200]}
        ) from error
    return plan
