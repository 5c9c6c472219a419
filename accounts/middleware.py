"""The admin asks for the second factor before anything else, from every account that needs one."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from accounts.policy import second_factor_required

# The admin and the pages built into it; the log-in and log-out pages stay open.
GUARDED_NAMESPACES = {"admin", "translations"}
OPEN_URL_NAMES = {"login", "logout"}


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware: an account that needs a second factor and has not given one in this
    session is sent to the second-factor page, whatever admin address it asked for (a forged one included)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not GUARDED_NAMESPACES & set(match.namespaces) or match.url_name in OPEN_URL_NAMES:
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff) or user.is_verified():
            return None
        if not second_factor_required(user):
            return None
        return redirect(f"{reverse('accounts:second_factor')}?{urlencode({'next': request.get_full_path()})}")
