from django.urls import path

from inquiries import views

app_name = "inquiries"

urlpatterns = [
    path("contact/inquiry/", views.InquiryView.as_view(), name="inquiry"),
    path("contact/inquiry/sent/", views.InquirySentView.as_view(), name="sent"),
    path("contact/privacy/", views.PrivacyView.as_view(), name="privacy"),
]
