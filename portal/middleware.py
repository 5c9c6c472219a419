"""Request and response guards: a strict Content-Security-Policy, and no NUL characters in addresses.

A strict Content-Security-Policy on every response.

Public pages allow nothing but this site's own files: no inline script, no
style attribute, no other host. The admin keeps the same rule for scripts but
allows inline styles, which Django's admin widgets set.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext

PUBLIC_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
ADMIN_POLICY = PUBLIC_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.CONTENT_SECURITY_POLICY and "Content-Security-Policy" not in response:
            match = getattr(request, "resolver_match", None)
            in_admin = match is not None and bool({"admin", "translations", "accounts"} & set(match.namespaces))
            response["Content-Security-Policy"] = ADMIN_POLICY if in_admin else PUBLIC_POLICY
        return response


class RejectNullCharactersMiddleware:
    """A NUL in the path or the query string is a 400: no database stores it, PostgreSQL raises on it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET.lists()
        if "\x00" in request.path or any("\x00" in key or any("\x00" in v for v in values) for key, values in query):
            reason = gettext("The address contains a null character, which no page of this site uses.")
            return render(request, "400.html", {"reason": reason}, status=400)
        return self.get_response(request)
