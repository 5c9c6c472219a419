"""The second-factor page (enrol an authenticator app, or give its code) and Django's password reset for staff."""

from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.forms import StaffPasswordResetForm, TokenForm
from accounts.policy import second_factor_required


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("admin:index")


def qr_code_svg(text):
    """The QR code of `text` as an inline <svg> element, drawn here: no image service, no outside request."""
    return mark_safe(segno.make(text, error="m").svg_inline(scale=5, border=2, dark="#1a1a1a", light="#ffffff"))


@never_cache
def second_factor(request):
    """Give the code of an enrolled authenticator app, or enrol one (QR code, then its first code confirms it)."""
    user = request.user
    if not user.is_authenticated:
        return redirect(f"{reverse('admin:login')}?next={reverse('accounts:second_factor')}")
    if not user.is_staff:
        raise PermissionDenied
    next_url = _next_url(request)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    enrolling = device is None
    if enrolling:
        # One pending device per account: reloading the page shows the same QR code.
        device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and device.verify_token(form.cleaned_data["token"]):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(next_url)
        if form.is_valid():
            form.add_error(
                "token",
                _("This code is not right, or has expired. Wait for the next code and try again.")
                if device.verify_is_allowed()[0]
                else _("Too many wrong codes: wait a minute before the next try."),
            )
        status = 400
    context = {
        **admin.site.each_context(request),
        "title": _("Set up the second factor") if enrolling else _("Second factor"),
        # Nothing of the admin before the second factor, not even the list of its sections.
        "is_nav_sidebar_enabled": False,
        "available_apps": [],
        "form": form,
        "enrolling": enrolling,
        "required": second_factor_required(user),
        "verified": user.is_verified(),
        "next": next_url,
    }
    if enrolling:
        context["qr_code"] = qr_code_svg(device.config_url)
        context["secret"] = b32encode(device.bin_key).decode("ascii")
    return render(request, "admin/accounts/second_factor.html", context, status=status)


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once an account or an address is locked: a 429 page in the language of the address."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        **admin.site.each_context(request),
        "title": _("Log-in locked"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": max(1, round(cool_off.total_seconds() / 60)) if cool_off else None,
    }
    return render(request, "admin/accounts/locked_out.html", context, status=429)


password_reset = auth_views.PasswordResetView.as_view(
    form_class=StaffPasswordResetForm, success_url=reverse_lazy("password_reset_done")
)
password_reset_done = auth_views.PasswordResetDoneView.as_view()
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    success_url=reverse_lazy("password_reset_complete")
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view()
