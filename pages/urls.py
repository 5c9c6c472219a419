from django.urls import path

from pages import views

app_name = "pages"

urlpatterns = [
    path("pages/<slug:slug>/", views.PageDetailView.as_view(), name="page"),
    path("contact/", views.ContactView.as_view(), name="contact"),
]
