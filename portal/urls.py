from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.static import serve

from portal import inquiry_views, search, translation_views, views
from portal.sitemaps import SITEMAPS

site_patterns = (
    [
        path("", views.HomeView.as_view(), name="home"),
        path("pages/<slug:slug>/", views.PageDetailView.as_view(), name="page"),
        path("contact/", views.ContactView.as_view(), name="contact"),
        path("contact/inquiry/", inquiry_views.InquiryView.as_view(), name="inquiry"),
        path("contact/inquiry/sent/", inquiry_views.InquirySentView.as_view(), name="inquiry_sent"),
        path("search/", search.SearchView.as_view(), name="search"),
    ],
    "portal",
)

translation_patterns = (
    [
        path("", admin.site.admin_view(translation_views.dashboard), name="dashboard"),
        path("export/", admin.site.admin_view(translation_views.export_view), name="export"),
        path("import/", admin.site.admin_view(translation_views.import_view), name="import"),
    ],
    "translations",
)

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("health/", views.health, name="health"),
    path("health/live/", views.live, name="live"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin).
    path("favicon.ico", views.favicon, name="favicon"),
    # Open data, outside the language prefixes: ?lang= picks the language of the texts.
    path("api/", include("parks.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", include(site_patterns)),
    path("", include("parks.urls")),
    path("", include("projects.urls")),
    path("", include("news.urls")),
    path("admin/translations/", include(translation_patterns)),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
