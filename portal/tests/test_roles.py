"""The board's roles (auth groups kept in step by migrate) and the demo_accounts command."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation

from core.roles import BOARD_ADMINISTRATOR, EDITOR, TRANSLATOR, sync_roles
from core.testing import admin_form_data
from parks.models import Phase

ROLES = [BOARD_ADMINISTRATOR, EDITOR, TRANSLATOR]


def codenames(group_name, app_label=None):
    permissions = Group.objects.get(name=group_name).permissions.select_related("content_type")
    if app_label:
        permissions = permissions.filter(content_type__app_label=app_label)
    return {f"{permission.content_type.app_label}.{permission.codename}" for permission in permissions}


def member_of(group_name, username="member"):
    user = get_user_model().objects.create_user(username, password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return get_user_model().objects.get(pk=user.pk)  # no cached permissions


@pytest.mark.django_db
def test_migrate_created_the_role_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    for name in ROLES:
        assert Group.objects.get(name=name).permissions.exists(), name


@pytest.mark.django_db
def test_translator_may_change_but_not_add_or_delete():
    translator = member_of(TRANSLATOR)
    for model in ["phase", "sector", "incentive", "zone", "plot", "park"]:
        assert translator.has_perm(f"parks.change_{model}")
        assert translator.has_perm(f"parks.view_{model}")
        assert not translator.has_perm(f"parks.add_{model}")
        assert not translator.has_perm(f"parks.delete_{model}")
    assert translator.has_perm("pages.change_page")
    assert not translator.has_perm("pages.add_page")
    granted = codenames(TRANSLATOR)
    assert all(name.split(".")[1].startswith(("change_", "view_")) for name in granted), granted
    assert not any(name.startswith("auth.") for name in granted)


@pytest.mark.django_db
def test_editor_reads_the_park_data_and_edits_pages_without_deleting():
    editor = member_of(EDITOR)
    parks_permissions = codenames(EDITOR, "parks")
    assert parks_permissions
    assert not [name for name in parks_permissions if ".delete_" in name]
    assert not [name for name in parks_permissions if not name.startswith("parks.view_")]
    assert editor.has_perm("parks.view_phase")
    assert not editor.has_perm("parks.change_phase")
    assert not editor.has_perm("parks.delete_plot")
    assert editor.has_perm("pages.add_page")
    assert editor.has_perm("pages.change_page")
    assert not editor.has_perm("pages.delete_page")
    assert not any(name.startswith("auth.") for name in codenames(EDITOR))


@pytest.mark.django_db
def test_board_administrator_may_do_everything_with_content_and_accounts():
    administrator = member_of(BOARD_ADMINISTRATOR)
    for permission in [
        "parks.delete_phase",
        "parks.add_plot",
        "pages.delete_page",
        "auth.add_user",
        "auth.change_group",
    ]:
        assert administrator.has_perm(permission), permission
    assert not administrator.has_perm("sessions.delete_session")


@pytest.mark.django_db
def test_sync_roles_restores_permissions_taken_away_by_hand():
    group = Group.objects.get(name=TRANSLATOR)
    expected = codenames(TRANSLATOR)
    group.permissions.add(Permission.objects.get(codename="delete_phase"))
    group.permissions.remove(Permission.objects.get(codename="change_phase"))
    sync_roles()
    assert codenames(TRANSLATOR) == expected


@pytest.mark.django_db
def test_roles_open_the_admin_as_their_permissions_say(client, park):
    phase = Phase.objects.first()
    with translation.override("vi"):
        change = reverse("admin:parks_phase_change", args=[phase.pk])
        add = reverse("admin:parks_phase_add")
        delete = reverse("admin:parks_phase_delete", args=[phase.pk])
    client.force_login(member_of(TRANSLATOR, "translator"))
    assert client.get(change).status_code == 200
    assert client.get(add).status_code == 403
    assert client.get(delete).status_code == 403
    client.force_login(member_of(EDITOR, "editor"))
    response = client.get(change)
    assert response.status_code == 200
    assert not response.context["has_change_permission"]
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Phase.objects.filter(pk=phase.pk).exists()


@pytest.mark.django_db
def test_translator_saves_english_text_and_nothing_else(client, park):
    phase = Phase.objects.get(name_vi="Giai đoạn I")
    with translation.override("vi"):
        url = reverse("admin:parks_phase_change", args=[phase.pk])
    client.force_login(member_of(TRANSLATOR, "translator"))
    data = admin_form_data(client.get(url))
    assert "name_en" in data
    # A forged post: the Vietnamese source and the figures are not the translator's to change.
    data.update(name_en="Phase I (first stage)", name_vi="Tên bị sửa", area_ha="1", slug_vi="bi-sua", status="planned")

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    phase.refresh_from_db()
    assert phase.name_en == "Phase I (first stage)"
    assert (phase.name_vi, phase.slug_vi, phase.area_ha, phase.status) == (
        "Giai đoạn I",
        "giai-doan-i",
        Decimal("73.5"),
        Phase.Status.FULLY_LEASED,
    )


@pytest.fixture
def demo_home(settings, tmp_path, monkeypatch):
    # The command keeps a generated password under BASE_DIR/var; keep it out of the project.
    settings.BASE_DIR = tmp_path
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    return tmp_path


def demo_accounts():
    out = io.StringIO()
    call_command("demo_accounts", stdout=out)
    return out.getvalue()


def accounts_state():
    User = get_user_model()
    return {
        user.username: (
            user.password,
            user.is_staff,
            user.is_superuser,
            user.is_active,
            user.email,
            user.first_name,
            user.last_name,
            sorted(user.groups.values_list("name", flat=True)),
        )
        for user in User.objects.order_by("username")
    }


@pytest.mark.django_db
def test_demo_accounts_uses_demo_password(demo_home, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "thanh-binh-demo-2026")
    output = demo_accounts()

    User = get_user_model()
    admin, editor, translator = (User.objects.get(username=name) for name in ["admin", "editor", "translator"])
    for user in (admin, editor, translator):
        assert user.check_password("thanh-binh-demo-2026"), user
        assert user.is_staff and user.is_active
    assert admin.is_superuser
    assert not editor.is_superuser and not translator.is_superuser
    assert list(admin.groups.values_list("name", flat=True)) == [BOARD_ADMINISTRATOR]
    assert list(editor.groups.values_list("name", flat=True)) == [EDITOR]
    assert list(translator.groups.values_list("name", flat=True)) == [TRANSLATOR]
    assert editor.has_perm("pages.change_page") and not editor.has_perm("parks.delete_phase")
    assert "thanh-binh-demo-2026" in output
    assert not (demo_home / "var" / "demo-password").exists()


@pytest.mark.django_db
def test_demo_accounts_twice_changes_nothing(demo_home, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "thanh-binh-demo-2026")
    demo_accounts()
    first = accounts_state()
    demo_accounts()
    assert accounts_state() == first
    assert {"admin", "editor", "translator"} <= set(first)


@pytest.mark.django_db
def test_demo_accounts_changes_the_password_when_demo_password_changes(demo_home, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "thanh-binh-demo-2026")
    demo_accounts()
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-password-2027")
    demo_accounts()
    assert get_user_model().objects.get(username="editor").check_password("another-demo-password-2027")


@pytest.mark.django_db
def test_demo_accounts_without_demo_password_generates_and_keeps_one(demo_home):
    output = demo_accounts()
    kept = demo_home / "var" / "demo-password"
    assert kept.exists()
    password = kept.read_text().strip()
    assert len(password) >= 12
    assert password in output
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    assert get_user_model().objects.get(username="admin").check_password(password)

    first = accounts_state()
    demo_accounts()
    assert accounts_state() == first
    assert kept.read_text().strip() == password


@pytest.mark.django_db
def test_demo_accounts_repairs_a_changed_account(demo_home, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "thanh-binh-demo-2026")
    demo_accounts()
    User = get_user_model()
    User.objects.filter(username="editor").update(is_active=False, is_superuser=True)
    User.objects.get(username="editor").groups.set([Group.objects.get(name=BOARD_ADMINISTRATOR)])
    demo_accounts()
    editor = User.objects.get(username="editor")
    assert editor.is_active and not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == [EDITOR]


@pytest.mark.django_db
@pytest.mark.parametrize("weak", ["12345678901234", "password", "admin-admin", "thanhbinh"])
def test_a_demo_password_that_fails_the_password_rules_is_refused(demo_home, monkeypatch, weak):
    monkeypatch.setenv("DEMO_PASSWORD", weak)
    with pytest.raises(CommandError, match="demo password is refused"):
        demo_accounts()
    assert not get_user_model().objects.filter(username__in=["admin", "editor"]).exists()


@pytest.mark.django_db
def test_the_generated_demo_password_passes_every_password_rule(demo_home):
    demo_accounts()
    password = (demo_home / "var" / "demo-password").read_text().strip()
    for user in get_user_model().objects.filter(username__in=["admin", "editor", "translator", "officer"]):
        validate_password(password, user)
        assert user.check_password(password)
