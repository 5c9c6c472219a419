from django.urls import path

from changelog import views

app_name = "changelog"

urlpatterns = [
    path("changes/", views.ChangeLogView.as_view(), name="list"),
    path("changes/feed/", views.ChangeLogFeed(), name="feed"),
]
