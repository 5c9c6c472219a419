from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChangelogConfig(AppConfig):
    """The public change log of the figures: built from the content's history, one entry per changed figure."""

    name = "changelog"
    verbose_name = _("Change log of the figures")

    def ready(self):
        from reversion.signals import post_revision_commit

        from changelog.receivers import revision_saved

        # Each saved revision (an edit in the admin, a revert) adds its changed figures to the log, in its transaction.
        post_revision_commit.connect(revision_saved, dispatch_uid="changelog.revision_saved")
