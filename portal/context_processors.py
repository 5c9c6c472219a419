from pages.models import BoardContact, Page
from parks.models import Park


def site(request):
    """What every public page's header and footer show, with lazy queries."""
    return {
        "site_park": Park.objects.first,
        "menu_pages": Page.objects.filter(show_in_menu=True),
        "primary_contact": BoardContact.objects.first,
    }
