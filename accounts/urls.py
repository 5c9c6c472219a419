"""Under admin/ in each language: the second-factor page, and Django's password reset for staff.

The reset pages keep Django's own URL names (unnamespaced), which the admin's
log-in page and the reset email look up: the log-in page links to the reset
as soon as `admin_password_reset` exists.
"""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("second-factor/", views.second_factor, name="second_factor"),
]

password_reset_patterns = [
    path("password_reset/", views.password_reset, name="admin_password_reset"),
    path("password_reset/done/", views.password_reset_done, name="password_reset_done"),
    path("reset/<uidb64>/<token>/", views.password_reset_confirm, name="password_reset_confirm"),
    path("reset/done/", views.password_reset_complete, name="password_reset_complete"),
]
