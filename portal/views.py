from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView

from news.models import Post
from parks.models import Phase, Sector
from parks.views import get_park, phases_with_plot_counts
from portal.models import BoardContact, Page
from portal.views_mixins import TranslatedSlugDetailMixin
from projects.models import Project
from projects.stats import park_statistics


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        park = get_park()
        return super().get_context_data(
            park=park,
            phases=phases_with_plot_counts().filter(park=park),
            sectors=Sector.objects.all(),
            stats=park_statistics(),
            resident_projects=Project.objects.operating().for_listing().by_name()[:8],
            latest_posts=Post.objects.published().for_lists()[:3],
            **kwargs,
        )


class PageDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "portal/page.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.prefetch_related("sections")


class ContactView(TemplateView):
    template_name = "portal/contact.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(park=get_park(), contacts=BoardContact.objects.all(), **kwargs)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # The admin lives under each language prefix; previews are staff-only and noindex anyway.
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    return HttpResponsePermanentRedirect(static("img/mark.svg"))


@require_GET
def live(request):
    """Liveness: the process answers, without touching the database or a template."""
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
def health(request):
    """For load balancers: answers 200 while the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "phases": Phase.objects.count()})
