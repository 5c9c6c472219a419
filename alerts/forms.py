from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.fields import WholeNumberField
from core.i18n import current_language
from parks.forms import MAX_AREA_M2
from parks.models import Phase, Sector

HONEYPOT = "website"


class SubscriptionForm(forms.Form):
    """A plot alert: where to write, in which language, and what land to look out for."""

    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter the email address the alerts should go to."),
            "invalid": _("Enter a valid email address, like name@example.com."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the language of the emails."),
            "invalid_choice": _("Choose one of the languages listed."),
        },
    )
    min_area = WholeNumberField(
        label=_("Minimum area (m²)"),
        required=False,
        min_value=0,
        max_value=MAX_AREA_M2,
        error_messages={"invalid": _("Enter the area as a whole number of square metres, e.g. 20000.")},
    )
    max_area = WholeNumberField(
        label=_("Maximum area (m²)"),
        required=False,
        min_value=0,
        max_value=MAX_AREA_M2,
        error_messages={"invalid": _("Enter the area as a whole number of square metres, e.g. 50000.")},
    )
    phase = forms.ModelChoiceField(
        label=_("Phase"),
        queryset=Phase.objects.all(),
        required=False,
        empty_label=_("All phases"),
        error_messages={"invalid_choice": _("There is no such phase.")},
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Any sector"),
        help_text=_("Plots open to any sector are included."),
        error_messages={"invalid_choice": _("There is no such sector.")},
    )
    available_only = forms.BooleanField(label=_("Available plots only"), required=False, initial=True)
    consent = forms.BooleanField(
        label=_(
            "I agree that the Board keeps my email address and these criteria to send me plot alerts, "
            "as the privacy notice says."
        ),
        required=True,
        error_messages={"required": _("Tick the box to agree; without it we cannot send you alerts.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        if not self.is_bound:
            self.initial.setdefault("language", current_language())

    @property
    def honeypot_filled(self):
        """Only software fills in a field that people are asked to leave empty and cannot see."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("min_area"), cleaned.get("max_area")
        if low is not None and high is not None and low > high:
            self.add_error("max_area", _("The maximum area is smaller than the minimum area."))
        return cleaned

    def subscription_data(self):
        """The cleaned data under the names the subscription keeps."""
        data = self.cleaned_data
        return {
            "email": data["email"],
            "language": data["language"],
            "min_area_m2": data.get("min_area"),
            "max_area_m2": data.get("max_area"),
            "phase": data.get("phase"),
            "sector": data.get("sector"),
            "available_only": data.get("available_only"),
        }
