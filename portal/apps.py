from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site content")

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal.roles import sync_roles

        # After every migrate, once permissions exist: the roles follow the models.
        post_migrate.connect(sync_roles, dispatch_uid="portal.sync_roles")
