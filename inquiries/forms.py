from django import forms
from django.utils.translation import gettext_lazy as _

from core.fields import WholeNumberField
from core.i18n import current_language
from inquiries.models import Inquiry
from parks.models import Plot, Sector
from parks.shortlist import MAX_PLOTS

HONEYPOT = "website"
MAX_LAND_M2 = 10_000_000  # 1,000 ha: more than the whole park
MAX_CAPITAL = 10**15


class InquiryForm(forms.ModelForm):
    """An investor's inquiry, general or about one plot (the plot's code travels in a hidden field)."""

    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Not decided yet, or another sector"),
        error_messages={"invalid_choice": _("Choose a sector from the list.")},
    )
    land_needed_m2 = WholeNumberField(
        label=_("Land needed (m²)"),
        required=False,
        min_value=1,
        max_value=MAX_LAND_M2,
        help_text=_("Square metres; 1 ha is 10,000 m²."),
        error_messages={
            "invalid": _("Enter the land you need as a whole number of square metres, e.g. 20000."),
            "min_value": _("The land needed must be more than zero."),
            "max_value": _("That is more land than the whole park has; enter square metres, not hectares × 10,000."),
        },
    )
    capital_amount = WholeNumberField(
        label=_("Planned capital"),
        required=False,
        min_value=1,
        max_value=MAX_CAPITAL,
        help_text=_("An estimate is enough, e.g. 5000000."),
        error_messages={
            "invalid": _("Enter the planned capital as a whole number, e.g. 5000000."),
            "min_value": _("The planned capital must be more than zero."),
            "max_value": _("The planned capital is too large; check the number of zeros."),
        },
    )
    plot = forms.ModelChoiceField(
        queryset=Plot.objects.select_related("zone__phase"),
        to_field_name="code",
        required=False,
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": _("The plot this inquiry was about does not exist (any more). Send a general inquiry.")
        },
    )
    shortlist = forms.ModelMultipleChoiceField(
        queryset=Plot.objects.all(),
        to_field_name="code",
        required=False,
        widget=forms.MultipleHiddenInput,
        error_messages={
            "invalid_choice": _("A plot of the shortlist does not exist (any more). Go back to the comparison."),
            "invalid_pk_value": _("A plot of the shortlist does not exist (any more). Go back to the comparison."),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the Board processes these details to answer my inquiry, as the privacy notice says."),
        required=True,
        error_messages={
            "required": _("Tick the box to agree to the processing of your details; without it we cannot answer.")
        },
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Inquiry
        fields = Inquiry.SUBMITTED_FIELDS
        widgets = {
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "preferred_language": forms.RadioSelect,
            "capital_currency": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        labels = {"message": _("Your message")}
        help_texts = {
            "phone": _("With the country code for a number outside Vietnam, e.g. +81 3 1234 5678."),
            "preferred_language": _("We answer and send the confirmation in this language."),
            "message": _("What you plan to make, what you need from the park, and any questions."),
        }
        error_messages = {
            "company": {"required": _("Enter the name of your company.")},
            "contact_name": {"required": _("Enter the name of the person we should contact.")},
            "email": {
                "required": _("Enter an email address, so that we can answer."),
                "invalid": _("Enter a valid email address, like name@example.com."),
            },
            "phone": {"required": _("Enter a phone number.")},
            "country": {"required": _("Enter the country your company comes from.")},
            "timeline": {
                "required": _("Choose when you plan to start."),
                "invalid_choice": _("Choose a timeline from the list."),
            },
            "message": {"required": _("Write a few words about your project or your question.")},
            "preferred_language": {
                "required": _("Choose the language we should answer in."),
                "invalid_choice": _("Choose one of the languages listed."),
            },
            "capital_currency": {
                "required": _("Choose the currency of the planned capital."),
                "invalid_choice": _("Choose VND or USD."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["timeline"].choices = [("", _("Choose…")), *Inquiry.Timeline.choices]
        if not self.is_bound:
            language = current_language()
            self.initial.setdefault("preferred_language", language)
            self.initial.setdefault(
                "capital_currency", Inquiry.Currency.VND if language == "vi" else Inquiry.Currency.USD
            )

    @property
    def honeypot_filled(self):
        """Only software fills in a field that people are asked to leave empty and cannot see."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean_shortlist(self):
        plots = self.cleaned_data["shortlist"]
        if len(plots) > MAX_PLOTS:
            raise forms.ValidationError(
                _("A shortlist holds up to %(max)s plots."), code="too_many", params={"max": MAX_PLOTS}
            )
        return plots

    def clean_phone(self):
        return " ".join(self.cleaned_data["phone"].split())
