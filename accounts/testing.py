"""Test helpers for staff accounts: an enrolled authenticator app, and the code it would show now."""

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def enrolled_device(user):
    """The user's confirmed authenticator app, set up as the second-factor page would."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def current_code(device):
    """The six digits the app shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"
