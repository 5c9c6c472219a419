"""The Board's roles as auth groups, kept in step with the models after every migrate.

A role is a list of grants: (what, actions), where `what` is an app label,
an "app_label.model" name, or TRANSLATED for every model with translated
fields. Permissions are looked up when the roles are synced, so a model added
later is picked up by the next `migrate` with no change here. Models in
PRIVATE (investors' personal data, bookkeeping) are left out of app-wide
grants and must be named to be granted.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from core.content import CONTENT_APPS

BOARD_ADMINISTRATOR = "Board administrators"
EDITOR = "Editors"
TRANSLATOR = "Translators"
INVESTMENT_OFFICER = "Investment officers"

ALL = ("add", "change", "delete", "view")
TRANSLATED = "translated models"
PRIVATE = {"translations.translationrecord", "inquiries.inquiry", "inquiries.inquirynote", "alerts.subscription"}

ROLES = {
    BOARD_ADMINISTRATOR: {
        "label": _("Board administrator"),
        # Accounts include unlocking a locked log-in (axes) and removing a lost authenticator app (otp_totp).
        "grants": [(app, ALL) for app in CONTENT_APPS]
        + [(model, ALL) for model in sorted(PRIVATE)]
        + [("auth", ALL), ("axes", ALL), ("otp_totp", ALL)],
    },
    EDITOR: {
        "label": _("Editor"),
        "grants": [
            ("news", ALL),
            ("pages.page", ("add", "change", "view")),
            ("pages.pagesection", ("add", "change", "delete", "view")),
            ("pages.boardcontact", ("change", "view")),
            ("parks", ("view",)),
            ("projects", ("view",)),
        ],
    },
    TRANSLATOR: {
        "label": _("Translator"),
        # Change rights let the admin open the forms; the admin narrows what a
        # translator may save to the texts in the target languages.
        "grants": [(TRANSLATED, ("change", "view"))],
    },
    INVESTMENT_OFFICER: {
        "label": _("Investment officer"),
        # Works through investors' inquiries; reads the land, whose status stays the Board's decision.
        "grants": [
            ("inquiries.inquiry", ("add", "change", "view")),
            ("inquiries.inquirynote", ("add", "view")),
            # The demand the plot alerts show (counts only: no addresses).
            ("alerts.subscription", ("view",)),
            ("parks", ("view",)),
            ("projects", ("view",)),
        ],
    },
}


def _translated_labels():
    return {f"{model._meta.app_label}.{model._meta.model_name}" for model in translator.get_registered_models()}


def _granted(grants, app_label, model_label, action, translated):
    for what, actions in grants:
        if action not in actions:
            continue
        if what == model_label:
            return True
        if what == app_label and model_label not in PRIVATE:
            return True
        if what == TRANSLATED and model_label in translated:
            return True
    return False


def permissions_for(role_name, permissions=None):
    translated = _translated_labels()
    permissions = permissions if permissions is not None else Permission.objects.select_related("content_type")
    grants = ROLES[role_name]["grants"]
    chosen = []
    for permission in permissions:
        action = permission.codename.split("_", 1)[0]
        app_label = permission.content_type.app_label
        model_label = f"{app_label}.{permission.content_type.model}"
        if _granted(grants, app_label, model_label, action, translated):
            chosen.append(permission)
    return chosen


def user_roles(user):
    """The names of the role groups `user` belongs to, read once per user object."""
    if not hasattr(user, "_role_names"):
        user._role_names = set(user.groups.filter(name__in=ROLES).values_list("name", flat=True)) if user.pk else set()
    return user._role_names


def is_board_administrator(user):
    """A superuser or a member of the Board administrators: may revert history, must give a second factor."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or BOARD_ADMINISTRATOR in user_roles(user)


def is_translator_only(user):
    """A translator and nothing more: the admin narrows such a user to the target-language texts."""
    if not user.is_authenticated or user.is_superuser:
        return False
    return user_roles(user) == {TRANSLATOR}


def sync_roles(**kwargs):
    """Create the role groups and give each exactly its permissions. Safe to run any time."""
    permissions = list(Permission.objects.select_related("content_type"))
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions_for(name, permissions))


def sync_roles_after_migrate(sender, **kwargs):
    """post_migrate is sent once per app: the roles are synced once, after the last app's, when every model's
    permissions exist (auth makes each app's when its signal is sent)."""
    with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if with_models and sender is with_models[-1]:
        sync_roles()
