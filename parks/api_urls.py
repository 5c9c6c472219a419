"""Open data URLs of the park, mounted at /api/ outside the language prefixes (see portal/urls.py)."""

from django.urls import path

from parks import api

urlpatterns = [
    path("plots.geojson", api.plots_geojson, name="plots_geojson"),
    path("plots.csv", api.plots_csv, name="plots_csv"),
    path("zones.geojson", api.zones_geojson, name="zones_geojson"),
    path("zones.csv", api.zones_csv, name="zones_csv"),
]
