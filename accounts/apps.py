from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff accounts: lockout after failed log-ins, password reset by email, the second factor. No model of its own
    (django-axes and django-otp keep theirs)."""

    name = "accounts"
    verbose_name = _("Staff accounts")
