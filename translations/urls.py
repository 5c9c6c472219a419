"""The translators' pages, inside the admin (mounted at admin/translations/ under each language prefix)."""

from django.contrib import admin
from django.urls import path

from translations import views

app_name = "translations"

urlpatterns = [
    path("", admin.site.admin_view(views.dashboard), name="dashboard"),
    path("export/", admin.site.admin_view(views.export_view), name="export"),
    path("import/", admin.site.admin_view(views.import_view), name="import"),
]
