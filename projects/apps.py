from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Investors and projects")

    def ready(self):
        from core.images import delete_renditions_with_row
        from projects.models import Investor

        post_delete.connect(
            delete_renditions_with_row("logo", "logo_renditions"),
            sender=Investor,
            weak=False,
            dispatch_uid="projects.logo",
        )
