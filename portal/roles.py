"""The board's roles as auth groups, kept in step with the models after every migrate.

Each role names the apps and models it may touch; the permissions are looked
up by codename, so a model added to an app later is picked up by the next
`migrate` with no change here.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

BOARD_ADMINISTRATOR = "Board administrators"
EDITOR = "Editors"
TRANSLATOR = "Translators"

CONTENT_APPS = ("portal", "parks", "projects", "news")

ROLES = {
    BOARD_ADMINISTRATOR: {
        "label": _("Board administrator"),
        # Everything on the content, plus accounts and roles.
        "apps": dict.fromkeys(CONTENT_APPS, ("add", "change", "delete", "view"))
        | {"auth": ("add", "change", "delete", "view")},
    },
    EDITOR: {
        "label": _("Editor"),
        "apps": {
            "news": ("add", "change", "delete", "view"),
            "portal": ("add", "change", "view"),
            "parks": ("view",),
            "projects": ("view",),
        },
    },
    TRANSLATOR: {
        "label": _("Translator"),
        # Change rights here let the admin open the forms; which fields a
        # translator may save is narrowed to the English ones in the admin.
        "apps": dict.fromkeys(CONTENT_APPS, ("change", "view")),
    },
}


def sync_roles(**kwargs):
    """Create the role groups and give each exactly its permissions. Safe to run any time."""
    permissions = list(Permission.objects.select_related("content_type"))
    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(
            [
                permission
                for permission in permissions
                if permission.codename.split("_", 1)[0] in role["apps"].get(permission.content_type.app_label, ())
            ]
        )
