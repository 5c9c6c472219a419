from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    """Investors' inquiries: the public form, the emails, and the officers' pipeline in the admin."""

    name = "inquiries"
    verbose_name = _("Investor inquiries")
