"""The site's URLs plus uploaded media, as the proxy serves them in production (browser tests only)."""

from django.conf import settings
from django.urls import path
from django.views.static import serve

from portal.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: each test has its own.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [*site_urlpatterns, path("media/<path:path>", media)]
