"""The site's addresses: each app's URLs under the language prefixes, open data and machine answers outside them.

Where a page lives, by its address (under /vi/ or /en/):
  /                         portal (home)            park/                  portal (the park)
  park/phases/, park/plots/, park/infrastructure/, sectors/, incentives/     parks
  projects/, targets/       projects                 news/, documents/      news
  pages/, contact/          pages                    contact/inquiry/       inquiries
  search/                   search                   admin/translations/    translations
  alerts/                   alerts                   changes/               changelog
  open-data/                opendata                 park/fact-sheet.pdf    portal
  /api/plots.*, /api/zones.*: parks;  /api/key-figures.json, /api/projects.*: projects;  /data.json: opendata
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.static import serve

from accounts.urls import password_reset_patterns
from opendata import views as opendata_views
from parks import api_urls as parks_api
from portal import views
from portal.sitemaps import SITEMAPS
from projects import api_urls as projects_api

portal_patterns = (
    [
        path("", views.HomeView.as_view(), name="home"),
        path("park/", views.ParkView.as_view(), name="park"),
        path("park/fact-sheet.pdf", views.fact_sheet, name="fact_sheet"),
    ],
    "portal",
)

# Open data, outside the language prefixes: ?lang= picks the language of the texts.
api_patterns = ([*parks_api.urlpatterns, *projects_api.urlpatterns], "api")

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("health/", views.ready, name="health"),
    path("health/live/", views.live, name="live"),
    path("health/ready/", views.ready, name="ready"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin).
    path("favicon.ico", views.favicon, name="favicon"),
    path("api/", include(api_patterns)),
    # The catalogue of every dataset (DCAT-US), where data portals look for it.
    path("data.json", opendata_views.catalogue, name="catalogue"),
]

urlpatterns += i18n_patterns(
    path("", include(portal_patterns)),
    path("", include("parks.urls")),
    path("", include("projects.urls")),
    path("", include("news.urls")),
    path("", include("pages.urls")),
    path("", include("inquiries.urls")),
    path("", include("alerts.urls")),
    path("", include("changelog.urls")),
    path("", include("search.urls")),
    path("", include("opendata.urls")),
    path("admin/translations/", include("translations.urls")),
    path("admin/", include("accounts.urls")),
    path("admin/", include(password_reset_patterns)),
    path("admin/", admin.site.urls),
)

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
