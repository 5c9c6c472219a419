"""Request and response guards: a cap on the size of a request, a strict Content-Security-Policy and a
Permissions-Policy, and no NUL characters in addresses.

A strict Content-Security-Policy and the Permissions-Policy on every response.

Public pages allow nothing but this site's own files: no inline script, no
style attribute, no other host. The admin keeps the same rule for scripts but
allows inline styles, which Django's admin widgets set.
"""

from django.conf import settings
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils import translation
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
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
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


class RequestSizeLimitMiddleware:
    """A request larger than the cap is a 413 before its body is read: nothing is received, nothing is parsed.

    The admin (document and photo uploads) may send MAX_REQUEST_BYTES; public
    pages, whose forms are a few fields, PUBLIC_MAX_REQUEST_BYTES. The length
    is the one the client declares; the WSGI server never hands Django more
    than that (and nginx caps the body in front of it as well).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        in_admin = "/admin/" in request.path_info
        limit = settings.MAX_REQUEST_BYTES if in_admin else settings.PUBLIC_MAX_REQUEST_BYTES
        if length <= limit:
            return self.get_response(request)
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            reason = gettext(
                "What you sent is %(size)s, too large: this page accepts at most %(max)s. Nothing was saved."
            ) % {"size": filesizeformat(length), "max": filesizeformat(limit)}
            response = render(request, "413.html", {"reason": reason}, status=413)
        # The body was not read: the connection cannot be reused for another request.
        response["Connection"] = "close"
        return response
