"""The site-wide pages that gather from every app (home, the park), and the small answers for machines."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, connection
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponsePermanentRedirect, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views import defaults
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe
from django.views.generic import TemplateView

from core.pdf import pdf_response
from core.views import deferred
from news.models import Post
from pages.models import BoardContact
from parks.models import Incentive, Park, Phase, Plot, Sector, Zone
from portal.factsheet import park_fact_sheet
from projects.models import Project
from projects.stats import park_statistics


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        park = Park.objects.get_or_404()
        return super().get_context_data(
            park=park,
            phases=deferred(lambda: Phase.objects.with_plot_counts().filter(park=park)),
            sectors=deferred(Sector.objects.all),
            stats=deferred(park_statistics),
            resident_projects=deferred(lambda: Project.objects.operating().for_listing().by_name()[:8]),
            latest_posts=deferred(lambda: Post.objects.published().for_lists()[:3]),
            **kwargs,
        )


class ParkView(TemplateView):
    """The park as a whole: its phases and zones, connections, and the figures of the projects on it."""

    template_name = "portal/park.html"

    def get_context_data(self, **kwargs):
        park = Park.objects.get_or_404()
        return super().get_context_data(
            park=park,
            object=park,
            phases=deferred(
                lambda: (
                    Phase.objects.with_plot_counts()
                    .filter(park=park)
                    .prefetch_related(Prefetch("zones", queryset=Zone.objects.order_by("code")))
                )
            ),
            connections=deferred(park.connections.all),
            stats=deferred(park_statistics),
            **kwargs,
        )


@require_safe
def fact_sheet(request):
    """The park's fact sheet as a PDF, made now from the database in the language of the address."""
    park = Park.objects.get_or_404()
    phases = list(Phase.objects.with_plot_counts().filter(park=park))
    document, filename = park_fact_sheet(
        park=park,
        phases=phases,
        zones=list(Zone.objects.filter(phase__in=phases)),
        plots=list(Plot.objects.filter(zone__phase__in=phases).select_related("zone__phase").order_by("code")),
        sectors=list(Sector.objects.all()),
        incentives=list(Incentive.objects.all()),
        contacts=list(BoardContact.objects.all()),
        connections=list(park.connections.all()),
        stats=park_statistics(),
        url=request.build_absolute_uri(park.get_absolute_url()),
    )
    return pdf_response(document, filename)


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


logger = logging.getLogger(__name__)


@require_GET
def live(request):
    """Liveness: the process answers, without touching the database, the cache or a template."""
    return JsonResponse({"status": "ok"})


def _database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache_answers():
    # The shared cache (Redis) says whether it is there; a cache of the process's own always is.
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()


@require_GET
def ready(request):
    """Readiness, for the proxy and the operator: 200 while the database and the cache answer, else 503 naming
    what does not. Never cached."""
    checks = {}
    for name, probe in (("database", _database_answers), ("cache", _cache_answers)):
        try:
            probe()
            checks[name] = "ok"
        except Exception as error:  # any failure of the part is its answer
            logger.warning("Readiness: %s is not answering: %s", name, error)
            checks[name] = "unavailable"
    failing = [name for name, state in checks.items() if state != "ok"]
    response = JsonResponse({"status": "unavailable" if failing else "ok", "failing": failing, **checks})
    response.status_code = 503 if failing else 200
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception, template_name="400.html"):
    """400. A request for a host name this site does not serve gets a plain answer: the site's page would
    build its own addresses from that very name."""
    if isinstance(exception, DisallowedHost):
        return HttpResponseBadRequest(
            "Bad request: this server does not answer for that host name.\n", content_type="text/plain; charset=utf-8"
        )
    return defaults.bad_request(request, exception, template_name)


def server_error(request, template_name="500.html"):
    """500; with the database out of reach, the site's own 503 page (it needs no database), to come back to."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "60"
        return response
    return defaults.server_error(request, template_name)
