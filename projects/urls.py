from django.urls import path

from projects import views

app_name = "projects"

urlpatterns = [
    path("projects/", views.ProjectListView.as_view(), name="list"),
    path("projects/export.csv", views.export_csv, name="export_csv"),
    path("projects/export.json", views.export_json, name="export_json"),
    path("projects/<slug:slug>/", views.ProjectDetailView.as_view(), name="detail"),
    path("targets/", views.TargetListView.as_view(), name="targets"),
]
