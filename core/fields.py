"""Form fields shared by the public forms."""

import re

from django import forms

_GROUPED = re.compile(r"\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*")
_DIGITS = re.compile(r"\d+")


class WholeNumberField(forms.IntegerField):
    """A whole number as people type it: "20000", "20 000", "20,000" and "20.000" (Vietnamese grouping) are 20000.

    Anything else (decimals, exponents, signs, words) is refused with the field's "invalid" message,
    rather than read as something the visitor did not mean ("20.000" as twenty).
    """

    widget = forms.TextInput(attrs={"inputmode": "numeric", "size": 12})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace("\u00a0", " ")
            if _GROUPED.fullmatch(value):
                value = re.sub(r"[.,\s]", "", value)
            elif value and not _DIGITS.fullmatch(value):
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)
