"""Checks that stop a production start-up (DJANGO_DEBUG=0) set up in a way that would serve wrong pages or
leak investors' data. They run with `manage.py check` and when the app server loads (portal/wsgi.py)."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register()
def shared_cache_in_production(app_configs, **kwargs):
    if settings.DEBUG or settings.CACHES["default"]["BACKEND"] not in PER_PROCESS_CACHES:
        return []
    if settings.PAGE_CACHE_SECONDS <= 0:
        return [
            Warning(
                "The inquiry limits count in a cache of each process's own: with several processes or servers, "
                "each lets through its own share.",
                hint="Set REDIS_URL to a Redis server all app servers share.",
                id="portal.W001",
            )
        ]
    return [
        Error(
            "The page cache is on (DJANGO_PAGE_CACHE_SECONDS > 0) with a cache of each process's own: after an "
            "edit, every other process and server would keep serving the old pages, and the inquiry limits would "
            "count per process.",
            hint="Set REDIS_URL to a Redis server all app servers share, or DJANGO_PAGE_CACHE_SECONDS=0.",
            id="portal.E001",
        )
    ]


@register()
def pdf_fallback_fonts_exist(app_configs, **kwargs):
    missing = [path for path in settings.PDF_FALLBACK_FONTS if not Path(path).is_file()]
    return [
        Error(
            f"DJANGO_PDF_FALLBACK_FONTS names {path}, which is not a file: every PDF would fail.",
            hint="Install the font (e.g. apt-get install fonts-nanum) or correct the path.",
            id="portal.E003",
        )
        for path in missing
    ]


@register()
def real_email_in_production(app_configs, **kwargs):
    if settings.DEBUG or settings.EMAIL_BACKEND != "django.core.mail.backends.console.EmailBackend":
        return []
    return [
        Error(
            "The console email backend writes every email, investors' personal data included, to the log "
            "instead of sending it.",
            hint="Set DJANGO_EMAIL_HOST (and the other DJANGO_EMAIL_* settings) for SMTP; see README, Production.",
            id="portal.E002",
        )
    ]
