"""Open data URLs, mounted at /api/ outside the language prefixes (see parks/api.py)."""

from django.urls import path

from parks import api

app_name = "api"

urlpatterns = [
    path("plots.geojson", api.plots_geojson, name="plots_geojson"),
    path("plots.csv", api.plots_csv, name="plots_csv"),
    path("zones.geojson", api.zones_geojson, name="zones_geojson"),
    path("key-figures.json", api.key_figures, name="key_figures"),
]
