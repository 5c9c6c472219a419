from pages.models import BoardContact, Page
from parks.models import Park


def site(request):
    """What every public page's header and footer show, with lazy queries."""
    return {
        # The footer shows the board's address and contacts; the park's description and tagline stay unread, as do a
        # menu page's summary and introduction (every language of each).
        "site_park": Park.objects.defer("description", "tagline").first,
        "menu_pages": Page.objects.filter(show_in_menu=True).defer("summary", "body"),
        "primary_contact": BoardContact.objects.first,
    }
