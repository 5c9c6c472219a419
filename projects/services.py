"""Side effects for investors and projects: resizing an investor's logo once, when it is saved."""

from core.content import mark_content_changed
from core.images import LOGO_WIDTHS, delete_renditions_after_commit, refresh_renditions
from projects.models import Investor


def process_investor_logo(*, investor):
    """Make the logo's renditions when the logo is new or changed (and drop them with the logo). True if changed."""
    renditions = refresh_renditions(investor.logo, investor.logo_renditions, widths=LOGO_WIDTHS)
    if renditions == investor.logo_renditions:
        return False
    delete_renditions_after_commit(investor.logo_renditions, investor.logo.storage)
    investor.logo_renditions = renditions
    Investor.objects.filter(pk=investor.pk).update(logo_renditions=renditions)
    # update() sends no model signal: say that public content changed, for the page cache.
    mark_content_changed()
    return True
