from django.views.generic import DetailView, TemplateView

from core.views import TranslatedSlugDetailMixin
from pages.models import BoardContact, Page
from parks.models import Park


class PageDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "pages/page.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.prefetch_related("sections")


class ContactView(TemplateView):
    template_name = "pages/contact.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(park=Park.objects.get_or_404(), contacts=BoardContact.objects.all(), **kwargs)
