"""XLIFF imports as an attacker or a careless translation tool would send them."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.roles import TRANSLATOR
from news.models import Category, Post
from parks.models import Sector
from projects.models import Investor, Project
from projects.tests.builders import make_project
from translations.exchange import build_xliff, export_statuses
from translations.history import field_history
from translations.models import PendingImport

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("dich", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=TRANSLATOR))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def xliff(*units, language="en"):
    body = "".join(
        f'<trans-unit id="{unit_id}"{extra}><source>{source}</source><target>{target}</target></trans-unit>'
        for unit_id, source, target, extra in units
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="x" source-language="vi" target-language="{language}" datatype="plaintext"><body>'
        f"{body}</body></file></xliff>"
    ).encode()


def upload(client, content):
    return client.post(reverse("translations:import"), {"file": SimpleUploadedFile("batch.xlf", content)})


def apply(client, pending=None):
    pending = pending or PendingImport.objects.first()
    return client.post(reverse("translations:import"), {"_apply": "1", "pending": str(pending.pk) if pending else ""})


def test_an_overlong_unit_is_refused_in_the_preview_and_nothing_changes(translator, park):
    first = Sector.objects.create(name_vi="Dệt may", order=50)
    second = Sector.objects.create(name_vi="Da giày", order=51)
    content = xliff(
        (f"parks.sector:{first.pk}:name", "Dệt may", "T" * 10_000, ""),
        (f"parks.sector:{second.pk}:name", "Da giày", "Footwear", ""),
    )
    preview = upload(translator, content)
    assert preview.status_code == 200
    plan = preview.context["plan"]
    assert [entry.unit_id for entry in plan.errors] == [f"parks.sector:{first.pk}:name"]
    assert "160" in plan.errors[0].problem and "10000" in plan.errors[0].problem
    assert f"parks.sector:{first.pk}:name" in preview.content.decode()  # the unit is named
    assert [entry.pk for entry in plan.changes] == [second.pk]
    first.refresh_from_db()
    assert not first.name_en
    # Applying saves the valid unit only, and does not fail half-way.
    assert apply(translator).status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert not first.name_en and second.name_en == "Footwear"
    # The import is in the history, with its old side: a board administrator can revert it.
    assert [(old, new) for _pk, _revision, old, new in field_history(Sector, "name_en", second.pk)] == [
        (None, "Footwear")
    ]


def test_rich_text_is_cleaned_with_the_sites_sanitiser(translator, park):
    category = Category.objects.create(name_vi="Tin tức")
    post = Post.objects.create(category=category, title_vi="Tin", body_vi="<p>Nội dung</p>", status="published")
    payload = "&lt;p&gt;Text&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;/p&gt;"
    upload(translator, xliff((f"news.post:{post.pk}:body", "&lt;p&gt;Nội dung&lt;/p&gt;", payload, ' datatype="html"')))
    apply(translator)
    post.refresh_from_db()
    assert post.body_en == "<p>Text</p>"


def test_rich_text_is_exported_as_html(park):
    category = Category.objects.create(name_vi="Tin tức")
    Post.objects.create(category=category, title_vi="Tin", body_vi="<p>Nội <strong>dung</strong></p>")
    document = build_xliff(export_statuses(model=Post, language="en"), language="en").decode()
    body_unit = next(line for line in document.splitlines() if ":body" in line)
    title_unit = next(line for line in document.splitlines() if ":title" in line)
    assert 'datatype="html"' in body_unit and 'datatype="html"' not in title_unit


def test_derived_fields_are_saved_with_the_text(translator, park):
    investor = Investor.objects.create(name_vi="Công ty Đại Phát")
    project = make_project(investor, name_vi="Nhà máy chế biến gỗ")
    upload(translator, xliff((f"projects.project:{project.pk}:name", "Nhà máy chế biến gỗ", "Wood mill", "")))
    apply(translator)
    project = Project.objects.get(pk=project.pk)
    assert project.slug_en == "wood-mill"
    assert project.sort_keys["en"] != project.sort_keys["vi"]
    with translation.override("en"):
        assert Project.objects.by_name().filter(pk=project.pk).exists()
        assert project.get_absolute_url() == "/en/projects/wood-mill/"


@pytest.mark.parametrize(
    "content",
    [
        # A billion laughs: entity expansion.
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xliff version="1.2"><file><body><trans-unit id="x">'
        b"<source>&c;</source></trans-unit></body></file></xliff>",
        # An external entity reading a file of the server.
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file>'
        b'<body><trans-unit id="x"><source>&e;</source></trans-unit></body></file></xliff>',
    ],
)
def test_entities_and_dtds_are_refused(translator, park, content):
    response = upload(translator, content)
    assert response.status_code == 400
    assert "DTD" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_the_pending_import_is_kept_on_the_server_not_in_the_session(translator, park, django_user_model):
    sector = Sector.objects.create(name_vi="Dệt may", order=50)
    upload(translator, xliff((f"parks.sector:{sector.pk}:name", "Dệt may", "Textiles", "")))
    pending = PendingImport.objects.get()
    assert pending.user == translator.user
    assert not any("import" in key for key in translator.session.keys())  # noqa: SIM118 (a session is not iterable)
    # Another translator cannot apply it by its id.
    other = django_user_model.objects.create_user("khac", password="a-long-test-password", is_staff=True)
    other.groups.add(Group.objects.get(name=TRANSLATOR))
    intruder = Client()
    intruder.force_login(other)
    assert apply(intruder, pending).status_code == 400
    assert intruder.post(reverse("translations:import"), {"_apply": "1", "pending": "not-a-uuid"}).status_code == 400
    sector.refresh_from_db()
    assert not sector.name_en
    assert apply(translator, pending).status_code == 200
    sector.refresh_from_db()
    assert sector.name_en == "Textiles"
    assert not PendingImport.objects.exists()
