"""Open data URLs of the projects, mounted at /api/ beside the park's (see portal/urls.py)."""

from django.urls import path

from projects import api

urlpatterns = [
    path("key-figures.json", api.key_figures, name="key_figures"),
    path("projects.json", api.projects_json, name="projects_json"),
    path("projects.csv", api.projects_csv, name="projects_csv"),
]
