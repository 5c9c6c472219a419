from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    """The shared base: i18n and slug helpers, shared form fields and views, roles. No model of its own."""

    name = "core"

    def ready(self):
        from core.content import connect_model_signals
        from core.i18n import interface_falls_back_to_english
        from core.roles import sync_roles_after_migrate

        interface_falls_back_to_english()
        # After every migrate, once permissions exist: the roles follow the models.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="core.sync_roles")
        # Saves and deletes of public content announce it once they commit (core.content).
        connect_model_signals()
