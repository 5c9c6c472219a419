from django import forms
from django.contrib.auth.forms import PasswordResetForm
from django.utils.translation import gettext_lazy as _


class StaffPasswordResetForm(PasswordResetForm):
    """Django's reset form, for staff accounts only: the public site has no accounts to recover."""

    def get_users(self, email):
        return (user for user in super().get_users(email) if user.is_staff)


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Code from the authenticator app"),
        regex=r"^\s*[0-9]{6,8}\s*$",
        max_length=12,
        error_messages={
            "required": _("Enter the six-digit code your authenticator app shows."),
            "invalid": _("The code is six digits, e.g. 123456."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_token(self):
        return self.cleaned_data["token"].strip()
