"""Translators: rights enforced on the server, status of every text, export and import, public side."""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib import admin as django_admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.i18n import target_languages
from core.roles import EDITOR, ROLES, TRANSLATOR
from core.testing import admin_form_data, parse
from news.models import Category, Post
from pages.models import Page
from parks.models import Phase, Plot, Sector
from translations.admin import TranslatedAdmin, TranslatorRestrictionsMixin
from translations.exchange import XLIFF_NS, build_xliff, export_statuses, plan_import
from translations.models import PendingImport, TranslationRecord
from translations.status import (
    CURRENT,
    MISSING,
    OUTDATED,
    all_statuses,
    statuses_for_objects,
    text_of,
    translated_fields,
    translated_models,
)

NS = {"x": XLIFF_NS}


@pytest.fixture
def translator_user(db):
    user = get_user_model().objects.create_user("dich", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=TRANSLATOR))
    return user


@pytest.fixture
def translator_client(client, translator_user):
    client.force_login(translator_user)
    return client


def status_of_field(obj, field, code="en"):
    obj = type(obj).objects.get(pk=obj.pk)
    (status,) = [s for s in statuses_for_objects(type(obj), [obj], [code]) if s.field == field]
    return status.status


def change_form_data(client, url):
    """The admin change form's current values, as the browser would post them back."""
    return admin_form_data(client.get(url))


# --- rights -------------------------------------------------------------------------------------------------


def test_translator_changes_english_only_even_with_a_forged_post(translator_client, park):
    phase = Phase.objects.get(name_en="Phase II")
    url = reverse("admin:parks_phase_change", args=[phase.pk])
    data = change_form_data(translator_client, url)
    assert "name_en" in data and "name_vi" not in data  # the Vietnamese is shown read-only, not as an input
    data.update(
        {
            "name_en": "Phase 2",
            # Forged: fields a translator must not change.
            "name_vi": "Giai đoạn bị sửa",
            "status": Phase.Status.READY,
            "area_ha": "1",
            "slug_vi": "hacked",
        }
    )
    response = translator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    phase.refresh_from_db()
    assert phase.name_en == "Phase 2"
    assert phase.name_vi == "Giai đoạn II"
    assert phase.status == Phase.Status.UNDER_CONSTRUCTION
    assert str(phase.area_ha) == "80.30"
    assert phase.slug_vi == "giai-doan-ii"


@pytest.mark.parametrize("language", target_languages())
def test_translator_translates_into_each_target_language_beside_the_source(translator_client, park, language):
    sector = Sector.objects.create(name_vi="Sản xuất giấy", summary_vi="Giấy và bao bì", order=50)
    url = reverse("admin:parks_sector_change", args=[sector.pk])
    response = translator_client.get(url)
    document = parse(response.content)
    column = build_localized_fieldname("name", language)
    field = document.find("input", name=column)
    assert field is not None and "readonly" not in field.attrs
    # Beside the field, its Vietnamese source.
    help_text = document.find("div", id=f"id_{column}_helptext")
    assert help_text.find("span", class_="mt-source", lang="vi").text() == "Sản xuất giấy"
    data = admin_form_data(response)
    data[column] = f"{language.upper()}: Paper"
    assert translator_client.post(url, data).status_code == 302
    assert getattr(Sector.objects.get(pk=sector.pk), column) == f"{language.upper()}: Paper"
    assert status_of_field(sector, "name", language) == CURRENT
    assert status_of_field(sector, "summary", language) == MISSING
    for other in target_languages():
        if other != language:
            assert status_of_field(sector, "name", other) == MISSING, other


def test_translator_cannot_add_delete_or_bulk_edit(translator_client, park):
    plot = Plot.objects.get(status=Plot.Status.AVAILABLE, code="P0-0-0")
    assert translator_client.get(reverse("admin:parks_phase_add")).status_code == 403
    assert translator_client.post(reverse("admin:parks_sector_add"), {"name_vi": "Mới"}).status_code == 403
    sector = Sector.objects.first()
    assert (
        translator_client.post(reverse("admin:parks_sector_delete", args=[sector.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert Sector.objects.filter(pk=sector.pk).exists()
    # A forged changelist bulk edit of the plot status (list_editable for staff) changes nothing.
    response = translator_client.post(
        reverse("admin:parks_plot_changelist"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(plot.pk),
            "form-0-status": Plot.Status.LEASED,
            "_save": "Save",
        },
    )
    assert response.status_code in (200, 302, 403)
    plot.refresh_from_db()
    assert plot.status == Plot.Status.AVAILABLE
    # No actions either (delete_selected would need the delete right anyway).
    response = translator_client.post(
        reverse("admin:parks_sector_changelist"),
        {"action": "delete_selected", "_selected_action": [sector.pk], "post": "yes"},
    )
    assert Sector.objects.filter(pk=sector.pk).exists()


def test_translator_inline_cannot_change_plot_status(translator_client, park):
    zone = Plot.objects.get(code="P0-0-0").zone
    url = reverse("admin:parks_zone_change", args=[zone.pk])
    data = change_form_data(translator_client, url)
    forged = dict(data)
    for key in list(forged):
        if key.startswith("plots-") and key.endswith("-status"):
            forged[key] = Plot.Status.LEASED
    forged["plots-0-status"] = Plot.Status.LEASED
    forged["name_en"] = "Factories A"
    response = translator_client.post(url, forged)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert set(Plot.objects.filter(zone=zone).values_list("status", flat=True)) == {
        Plot.Status.AVAILABLE,
        Plot.Status.RESERVED,
        Plot.Status.LEASED,
    }
    zone.refresh_from_db()
    assert zone.name_en == "Factories A"


def test_editor_who_is_also_translator_keeps_editor_rights(client, park):
    user = get_user_model().objects.create_user("both", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=TRANSLATOR), Group.objects.get(name=EDITOR))
    client.force_login(user)
    page = Page.objects.first()
    data = change_form_data(client, reverse("admin:pages_page_change", args=[page.pk]))
    assert "title_vi" in data


# --- status -------------------------------------------------------------------------------------------------


def test_status_moves_from_missing_to_current_to_outdated_and_back(db, park):
    sector = Sector.objects.create(name_vi="Dệt may", order=99)
    assert status_of_field(sector, "name") == MISSING

    sector.name_en = "Textiles"
    sector.save()
    assert status_of_field(sector, "name") == CURRENT

    sector = Sector.objects.get(pk=sector.pk)
    sector.name_vi = "Dệt may và da giày"
    sector.save()
    assert status_of_field(sector, "name") == OUTDATED

    sector = Sector.objects.get(pk=sector.pk)
    sector.name_en = "Textiles and footwear"
    sector.save()
    assert status_of_field(sector, "name") == CURRENT

    # Removing the English makes it missing again.
    Sector.objects.filter(pk=sector.pk).update(name_en="")
    assert status_of_field(sector, "name") == MISSING


def test_saving_unchanged_english_with_confirmation_marks_it_current(translator_client, park):
    phase = Phase.objects.get(name_en="Phase II")
    phase.name_vi = "Giai đoạn II (mở rộng)"
    phase.save()
    assert status_of_field(phase, "name") == OUTDATED
    url = reverse("admin:parks_phase_change", args=[phase.pk])
    page = translator_client.get(url).content.decode()
    # The source is shown beside the English field, with what changed.
    assert "Giai đoạn II (mở rộng)" in page
    assert "<ins>(mở rộng)</ins>" in page
    data = change_form_data(translator_client, url)
    translator_client.post(url, data)
    assert status_of_field(phase, "name") == OUTDATED  # saving without a change or a confirmation keeps it flagged
    data["_confirm_translations"] = "1"
    assert translator_client.post(url, data).status_code == 302
    assert status_of_field(phase, "name") == CURRENT


def changelist_pks(client, translation_filter):
    response = client.get(reverse("admin:parks_sector_changelist"), {"translation": translation_filter})
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


def test_changelist_filter_needs_translation(translator_client, park):
    untranslated = Sector.objects.create(name_vi="Sản xuất giấy", order=50)
    everything = set(Sector.objects.values_list("pk", flat=True))
    # The test park's sectors have English names; a further language (if the site has one) has none yet.
    further = [code for code in target_languages() if code != "en"]
    assert changelist_pks(translator_client, "needed") == (everything if further else {untranslated.pk})
    assert changelist_pks(translator_client, "current") == everything - changelist_pks(translator_client, "needed")
    assert changelist_pks(translator_client, "needed:en") == {untranslated.pk}
    assert changelist_pks(translator_client, "current:en") == everything - {untranslated.pk}
    for code in further:
        assert changelist_pks(translator_client, f"needed:{code}") == everything
    # A language the site does not translate into filters nothing.
    assert changelist_pks(translator_client, "needed:xx") == everything


def test_dashboard_counts_equal_the_database(translator_client, park):
    Sector.objects.create(name_vi="Sản xuất giấy", order=50)
    phase = Phase.objects.first()
    phase.description_vi = "Mô tả mới"
    phase.save()
    phase.refresh_from_db()
    phase.description_en = "A new description"
    phase.save()
    phase.refresh_from_db()
    phase.description_vi = "Mô tả mới hơn"
    phase.save()

    response = translator_client.get(reverse("translations:dashboard"))
    assert response.status_code == 200
    rows = {row["key"]: row for row in response.context["rows"]}

    # Independent count: every translated text field of every object, straight from the rows.
    for model in translated_models():
        fields = translated_fields(model)
        if not fields:
            continue
        expected = Counter()
        records = {
            (r.object_id, r.field): r.source_text
            for r in TranslationRecord.objects.filter(content_type__model=model._meta.model_name, language="en")
        }
        for obj in model.objects.all():
            for field in fields:
                source = (getattr(obj, f"{field}_vi") or "").strip()
                target = (getattr(obj, f"{field}_en") or "").strip()
                if not source:
                    continue
                if not target:
                    expected["missing"] += 1
                elif (obj.pk, field) in records and records[(obj.pk, field)] != source:
                    expected["outdated"] += 1
                else:
                    expected["current"] += 1
        row = rows[f"{model._meta.app_label}.{model._meta.model_name}"]
        assert (row["missing"], row["outdated"], row["current"]) == (
            expected["missing"],
            expected["outdated"],
            expected["current"],
        ), model
    assert rows["parks.sector"]["missing"] >= 1
    assert rows["parks.phase"]["outdated"] == 1

    worklist = translator_client.get(reverse("translations:dashboard"), {"status": "outdated"}).context["page_obj"]
    (item,) = list(worklist)
    assert item.admin_url == reverse("admin:parks_phase_change", args=[phase.pk])
    assert translator_client.get(item.admin_url).status_code == 200


def test_dashboard_refuses_users_without_translation_rights(client, db):
    user = get_user_model().objects.create_user("staff", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("translations:dashboard")).status_code == 403
    client.logout()
    assert client.get(reverse("translations:dashboard")).status_code == 302  # to the log-in page


def test_dashboard_ignores_bad_filters(translator_client, park):
    response = translator_client.get(
        reverse("translations:dashboard"), {"model": "auth.user", "status": "x", "page": "zz"}
    )
    assert response.status_code == 200


# --- export and import --------------------------------------------------------------------------------------


def xliff_units(content):
    root = ET.fromstring(content)
    return {
        unit.get("id"): (unit.find("x:source", NS).text or "", unit.find("x:target", NS).text or "")
        for unit in root.iterfind(".//x:trans-unit", NS)
    }


def test_export_carries_identity_and_source_of_missing_and_outdated_texts(translator_client, park):
    sector = Sector.objects.create(name_vi="Sản xuất giấy", summary_vi="Giấy và bao bì", order=50)
    response = translator_client.get(
        reverse("translations:export"), {"language": "en", "include": "needs", "model": "parks.sector"}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    units = xliff_units(response.content)
    assert units == {
        f"parks.sector:{sector.pk}:name": ("Sản xuất giấy", ""),
        f"parks.sector:{sector.pk}:summary": ("Giấy và bao bì", ""),
    }


def test_export_refuses_bad_parameters(translator_client, park):
    response = translator_client.get(reverse("translations:export"), {"language": "xx", "model": "nope"})
    assert response.status_code == 400


def fill_targets(content, translate):
    ET.register_namespace("", XLIFF_NS)
    root = ET.fromstring(content)
    for unit in root.iterfind(".//x:trans-unit", NS):
        unit.find("x:target", NS).text = translate(unit.find("x:source", NS).text)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def upload(client, content, name="batch.xlf"):
    return client.post(reverse("translations:import"), {"file": SimpleUploadedFile(name, content)})


def apply_pending(client):
    """Confirm the import previewed last: the form names the pending import kept on the server."""
    pending = PendingImport.objects.first()
    return client.post(reverse("translations:import"), {"_apply": "1", "pending": str(pending.pk) if pending else ""})


@pytest.mark.parametrize("language", target_languages())
def test_export_then_import_round_trips_with_no_loss(translator_client, park, language):
    with translation.override("vi"):
        Sector.objects.create(name_vi="Sản xuất giấy", summary_vi="Giấy, bao bì & nhãn <in>", order=50)
        Page.objects.create(title_vi="Tuyển dụng", body_vi="Dòng một\nDòng hai\n\nĐoạn mới")
    exported = translator_client.get(reverse("translations:export"), {"language": language, "include": "needs"}).content
    assert f'target-language="{language}"'.encode() in exported
    before = {
        (model, obj.pk): {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields}
        for model in translated_models()
        for obj in model.objects.all()
    }
    translated = fill_targets(exported, lambda source: f"{language.upper()}: {source}")

    preview = upload(translator_client, translated)
    assert preview.status_code == 200
    plan = preview.context["plan"]
    assert len(plan.changes) == len(xliff_units(exported)) > 0
    assert not plan.conflicts and not plan.errors
    # The preview changed nothing.
    for (model, pk), values in before.items():
        obj = model.objects.get(pk=pk)
        assert {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields} == values

    applied = apply_pending(translator_client)
    assert applied.status_code == 200
    assert len(applied.context["plan"].changes) == len(plan.changes)

    for unit_id, (source, _target) in xliff_units(exported).items():
        key, pk, field = unit_id.split(":")
        model = next(m for m in translated_models() if f"{m._meta.app_label}.{m._meta.model_name}" == key)
        obj = model.objects.get(pk=pk)
        assert text_of(obj, field, language) == f"{language.upper()}: {source}"
        assert text_of(obj, field, "vi") == source
        assert status_of_field(obj, field, language) == CURRENT
    # Nothing but the imported columns of that language changed.
    for (model, pk), values in before.items():
        obj = model.objects.get(pk=pk)
        now = {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields}
        changed = {name for name in values if values[name] != now[name]}
        # The texts, what is derived from them (the slug, sort keys, the search index), the time.
        allowed = {build_localized_fieldname(field, language) for field in translated_fields(model)} | {
            build_localized_fieldname("slug", language),
            "sort_keys",
            "search_index",
            "updated_at",
        }
        assert changed <= allowed, (model, changed)
    assert not any(s.status != CURRENT for s in all_statuses([language]) if s.model is Sector and s.field == "name")


def test_import_reports_conflicts_and_applies_the_rest(translator_client, park):
    first = Sector.objects.create(name_vi="Sản xuất giấy", order=50)
    second = Sector.objects.create(name_vi="Dệt may", order=51)
    exported = build_xliff(export_statuses(model=Sector, language="en"), language="en")
    # The Vietnamese of the first changes after the export.
    first.name_vi = "Sản xuất giấy và bột giấy"
    first.save()
    translated = fill_targets(exported, lambda source: {"Sản xuất giấy": "Paper", "Dệt may": "Textiles"}[source])
    preview = upload(translator_client, translated)
    plan = preview.context["plan"]
    assert [entry.pk for entry in plan.conflicts] == [first.pk]
    assert [entry.pk for entry in plan.changes] == [second.pk]
    apply_pending(translator_client)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.name_en in (None, "")
    assert second.name_en == "Textiles"


def test_import_reports_unknown_and_malformed_entries_and_applies_the_rest(translator_client, park):
    sector = Sector.objects.create(name_vi="Dệt may", order=51)
    phase = Phase.objects.first()
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="x" source-language="vi" target-language="en" datatype="plaintext"><body>
    <trans-unit id="parks.sector:{sector.pk}:name"><source>Dệt may</source><target>Textiles</target></trans-unit>
    <trans-unit id="parks.sector:999999:name"><source>Không có</source><target>None</target></trans-unit>
    <trans-unit id="auth.user:1:username"><source>a</source><target>b</target></trans-unit>
    <trans-unit id="parks.phase:{phase.pk}:status"><source>a</source><target>ready</target></trans-unit>
    <trans-unit id="garbage"><source>a</source><target>b</target></trans-unit>
    <trans-unit id="parks.phase:{phase.pk}:name"><target>No source</target></trans-unit>
  </body></file>
</xliff>""".encode()
    plan = upload(translator_client, content).context["plan"]
    assert len(plan.changes) == 1
    assert len(plan.errors) == 5
    assert all(entry.problem for entry in plan.errors)
    apply_pending(translator_client)
    sector.refresh_from_db()
    phase.refresh_from_db()
    assert sector.name_en == "Textiles"
    assert phase.status == Phase.Status.FULLY_LEASED


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not xml at all",
        b"<html><body>hello</body></html>",
        b"<xliff version='1.2'></xliff>",
        b"\xff\xfe\x00garbage",
    ],
)
def test_import_of_a_malformed_file_is_refused_with_a_message(translator_client, park, content):
    response = upload(translator_client, content)
    assert response.status_code == 400
    assert response.context["form"].errors
    assert apply_pending(translator_client).status_code == 400


def test_plan_import_refuses_models_the_user_may_not_change(park, django_user_model):
    user = django_user_model.objects.create_user("viewer", password="a-long-test-password", is_staff=True)
    sector = Sector.objects.create(name_vi="Dệt may", order=51)
    content = build_xliff(export_statuses(model=Sector, language="en"), language="en")
    content = fill_targets(content, lambda source: "Textiles")
    plan = plan_import(content, user=user)
    assert not plan.changes and plan.errors
    sector.refresh_from_db()
    assert not sector.name_en


# --- public side --------------------------------------------------------------------------------------------


def test_english_page_marks_outdated_and_missing_parts(client, park):
    sector = Sector.objects.first()
    sector.summary_vi, sector.summary_en = "Tóm tắt", "Summary"
    sector.save()
    with translation.override("en"):
        url = sector.get_absolute_url()
    html = client.get(url).content.decode()
    assert "out of date" not in html and "not translated yet" not in html

    sector.summary_vi = "Tóm tắt mới hoàn toàn"
    sector.save()
    html = client.get(url).content.decode()
    assert "may be out of date" in html

    sector.description_vi = "Mô tả chỉ có tiếng Việt"
    sector.save()
    html = client.get(url).content.decode()
    assert "not translated yet" in html
    assert re.search(r'lang="vi">\s*<p>Mô tả chỉ có tiếng Việt</p>', html)
    with translation.override("vi"):
        vi_html = client.get(sector.get_absolute_url()).content.decode()
    assert "out of date" not in vi_html and "not translated yet" not in vi_html


def test_sitemap_and_hreflang_list_english_only_where_it_exists(client, park):
    untranslated = Sector.objects.create(name_vi="Sản xuất giấy", order=50)
    translated = Sector.objects.exclude(pk=untranslated.pk).first()
    sitemap = client.get("/sitemap.xml").content.decode()
    with translation.override("en"):
        assert f"http://testserver{translated.get_absolute_url()}" in sitemap
        assert f"http://testserver{untranslated.get_absolute_url()}" not in sitemap
        english_page = client.get(untranslated.get_absolute_url()).content.decode()
    with translation.override("vi"):
        assert f"http://testserver{untranslated.get_absolute_url()}" in sitemap
        page = client.get(untranslated.get_absolute_url()).content.decode()
    for html in (page, english_page):
        assert '<link rel="alternate" hreflang="vi"' in html
        assert '<link rel="alternate" hreflang="en"' not in html


def test_every_admin_of_translated_content_applies_the_translator_rules():

    translated = set(translator.get_registered_models())
    for model, model_admin in django_admin.site._registry.items():
        if model in translated:
            assert isinstance(model_admin, TranslatedAdmin), model
        if model in translated or isinstance(model_admin, TranslatedAdmin):
            for inline in model_admin.inlines:
                assert issubclass(inline, TranslatorRestrictionsMixin), (model, inline)


def test_the_role_groups_migration_creates_every_role(db):

    migration = import_module("portal.migrations.0004_role_groups")
    assert set(migration.ROLE_NAMES) == set(ROLES)
    Group.objects.filter(name__in=ROLES).delete()
    migration.create_groups(apps, None)
    assert set(Group.objects.filter(name__in=ROLES).values_list("name", flat=True)) == set(ROLES)


def test_translator_cannot_publish_a_news_draft(translator_client, park):

    category = Category.objects.create(name_vi="Thông báo", name_en="Notices")
    post = Post.objects.create(
        category=category, title_vi="Bản nháp", lead_vi="Tóm tắt", body_vi="<p>Nội dung</p>", status=Post.Status.DRAFT
    )
    url = reverse("admin:news_post_change", args=[post.pk])
    data = change_form_data(translator_client, url)
    data.update({"title_en": "A draft", "status": Post.Status.PUBLISHED, "title_vi": "Đã sửa"})
    response = translator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    post.refresh_from_db()
    assert post.title_en == "A draft"
    assert post.status == Post.Status.DRAFT
    assert post.title_vi == "Bản nháp"


# The session, the user and their permissions, and at most two per translated model (its objects, their records);
# +1 for the incentives' eligibility rules (issue 14).
DASHBOARD_QUERIES = 36


@pytest.mark.parametrize("language", target_languages())
def test_dashboard_counts_every_target_language_and_lists_the_chosen_ones_work(translator_client, park, language):
    Sector.objects.create(name_vi="Sản xuất giấy", order=50)
    with CaptureQueriesContext(connection) as queries:
        response = translator_client.get(
            reverse("translations:dashboard"), {"language": language, "model": "parks.sector"}
        )
    assert response.status_code == 200
    # Each model's texts are read once for every language together: another language adds no query.
    assert len(queries) == DASHBOARD_QUERIES
    languages = response.context["languages"]
    assert [each["code"] for each in languages] == target_languages()
    for each in languages:
        counts = Counter(status.status for status in all_statuses([each["code"]]))
        assert (each["missing"], each["outdated"], each["current"]) == (
            counts[MISSING],
            counts[OUTDATED],
            counts[CURRENT],
        ), each["code"]
        assert each["chosen"] == (each["code"] == language)
    chosen = next(each for each in languages if each["chosen"])
    assert response.context["totals"] == {name: chosen[name] for name in ("missing", "outdated", "current", "total")}
    worklist = list(response.context["page_obj"])
    assert worklist and {status.language for status in worklist} == {language}
    assert {status.model for status in worklist} == {Sector}
    assert "Sản xuất giấy" in {status.source for status in worklist}
    document = parse(response.content)
    assert [row.attrs["data-language"] for row in document.find("table", class_="mt-languages").find_all("tr")[1:]] == (
        target_languages()
    )
    assert response.context["export_form"]["language"].value() == language
