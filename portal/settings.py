"""Settings for the Thanh Binh Industrial Park portal.

One module, read from the environment. The defaults suit development on a
laptop (SQLite, local-memory cache, console email); with DJANGO_DEBUG off the
settings that must be chosen for production stop start-up when missing.
"""

import os
import unicodedata
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "development-only-key-never-used-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off "
            "(a comma-separated list, e.g. kcnthanhbinh.vn,www.kcnthanhbinh.vn)."
        )

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # The news editor's JS and CSS, served from static files (no network).
    "django_prose_editor",
    # Background tasks (emails, photo renditions): Django's tasks framework, backported, and its
    # database-backed queue, which the `db_worker` command works through in production.
    "django_tasks",
    "django_tasks_db",
    # Staff accounts: lockout after failed log-ins, the second factor (TOTP).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Every change to public content kept as a version (history, revert, recover).
    "reversion",
    # The site's own apps, in layers: each imports only from the apps listed before it
    # (checked by import-linter, see pyproject.toml).
    "core",
    "accounts",
    "translations",
    "parks",
    "projects",
    "news",
    "pages",
    "inquiries",
    "alerts",
    "changelog",
    "search",
    "opendata",
    "portal",
    # Last, as django-cleanup asks: removes a file from storage once no row points at it.
    "django_cleanup.apps.CleanupConfig",
]

MIDDLEWARE = [
    # First: an oversized request is refused before anything reads its body.
    "portal.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what leaves uncompressed (never a page with a CSRF token); a cached page is stored compressed.
    "portal.compression.CompressionMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RejectNullCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Reads the parts of the page kept in the render cache before the view reads any data (core/render_cache.py).
    "core.render_cache.RenderCacheMiddleware",
    # Last, as django-axes asks: answers a locked-out log-in with the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
            # `{% url %}` that remembers what it reversed (core.reversing), in every template.
            "builtins": ["core.templatetags.remembered_urls"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis, failing soft: while Redis is away pages are served uncached (core/cache.py).
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks: run in the request's process during development (`make run` needs no worker), kept in
# the database and run by `manage.py db_worker` in production. DJANGO_TASKS picks: immediate or database.
TASKS_MODE = os.environ.get("DJANGO_TASKS", "immediate" if DEBUG else "database")
if TASKS_MODE not in ("immediate", "database"):
    raise ImproperlyConfigured("DJANGO_TASKS must be immediate or database.")
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TASKS_MODE == "immediate"
            else "django_tasks_db.DatabaseBackend"
        )
    }
}
# A task that fails (the mail server down, say) is tried again after TASK_RETRY_DELAY seconds, doubling
# each time, TASK_RETRIES times; what is still undone is picked up by `manage.py run_pending`.
TASK_RETRY_DELAY = env_int("DJANGO_TASK_RETRY_DELAY", 30)
TASK_RETRIES = env_int("DJANGO_TASK_RETRIES", 8)

# System checks to leave out, comma-separated (e.g. portal.E001 for one app server process, whose local-memory
# cache every request shares).
SILENCED_SYSTEM_CHECKS = env_list("DJANGO_SILENCED_SYSTEM_CHECKS")

# Parts of pages that depend on nothing but public content (the header and footer, the page's content) are
# rendered once per content version and kept this long, for every visitor (core_tags.cached_block); 0: off.
RENDER_CACHE_SECONDS = env_int("DJANGO_RENDER_CACHE_SECONDS", 300)

# Public pages are cached whole for anonymous visitors (portal/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "300"))
# With a shared cache, each process keeps a copy of this many of the pages it served last, sent while the content
# version (read through Redis's tracking) stands (portal/page_cache.py); 0: none. A local-memory cache is in the
# process already.
PAGE_CACHE_RECENT_PAGES = env_int("DJANGO_PAGE_CACHE_RECENT_PAGES", 200 if REDIS_URL else 0)

# Every account, the demo accounts included (manage.py demo_accounts checks its password against these).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages, from DJANGO_LANGUAGES: Vietnamese first (the default and the source every translation is made
# from), then the languages it is translated into. Each is named in its own words, as Django's language info
# names it ("Tiếng Việt", "English", "한국어"). Adding a language: see "Languages" in README.md.
LANGUAGE_CODES = env_list("DJANGO_LANGUAGES") or ["vi", "en"]
_unknown = [code for code in LANGUAGE_CODES if code not in LANG_INFO or "fallback" in LANG_INFO[code]]
if _unknown:
    raise ImproperlyConfigured(
        f"DJANGO_LANGUAGES: {', '.join(_unknown)} is not a language code Django knows "
        "(see django/conf/locale/__init__.py; lower case, e.g. ja, ko, zh-hans)."
    )
if len(LANGUAGE_CODES) < 2 or LANGUAGE_CODES[0] != "vi" or len(set(LANGUAGE_CODES)) != len(LANGUAGE_CODES):
    raise ImproperlyConfigured(
        "DJANGO_LANGUAGES must list vi first (the source language), then at least one other language, "
        f"each once (e.g. vi,en or vi,en,ja); it is {','.join(LANGUAGE_CODES) or 'empty'}."
    )
LANGUAGE_CODE = LANGUAGE_CODES[0]
# In NFC, as every Vietnamese text of the site: Django's own "Tiếng Việt" has combining marks, which neither a
# search for the name nor an exact comparison would match.
LANGUAGES = [(code, unicodedata.normalize("NFC", LANG_INFO[code]["name_local"])) for code in LANGUAGE_CODES]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]
USE_THOUSAND_SEPARATOR = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Content missing in a language is shown in Vietnamese (marked lang="vi" on the page).
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)
# The admin's tabs need jQuery UI; it is served from static/, never a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Font files (TrueType or OpenType) for the letters of the PDFs that Be Vietnam Pro has not: Korean, Japanese or
# Chinese, once such a language is on the site (e.g. Debian's fonts-nanum for Korean).
PDF_FALLBACK_FONTS = env_list("DJANGO_PDF_FALLBACK_FONTS")
# Where `manage.py backup` writes its dated archives.
BACKUP_DIR = Path(os.environ.get("DJANGO_BACKUP_DIR", BASE_DIR / "backups"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded files: on local disk (one server), or in S3-compatible object storage that every app server
# shares (DJANGO_MEDIA_STORAGE=s3). Either way they are served at MEDIA_URL by the proxy (deploy/nginx).
MEDIA_STORAGE = os.environ.get("DJANGO_MEDIA_STORAGE", "local")
if MEDIA_STORAGE == "s3":
    MEDIA_BACKEND = {
        "BACKEND": "core.storage.MediaS3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("DJANGO_S3_BUCKET", ""),
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("DJANGO_S3_REGION") or None,
            "access_key": os.environ.get("DJANGO_S3_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("DJANGO_S3_SECRET_ACCESS_KEY", ""),
            "addressing_style": "path",
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
    if not MEDIA_BACKEND["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET (and the endpoint and keys).")
elif MEDIA_STORAGE == "local":
    MEDIA_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE must be local or s3.")
STORAGES = {
    "default": MEDIA_BACKEND,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The largest request (upload) the admin accepts, and the largest a public page accepts (its forms are small).
MAX_REQUEST_BYTES = int(os.environ.get("DJANGO_MAX_REQUEST_MB", "26")) * 1024 * 1024
PUBLIC_MAX_REQUEST_BYTES = int(os.environ.get("DJANGO_PUBLIC_MAX_REQUEST_KB", "256")) * 1024

# Development prints email to the console; production sends it by SMTP (the console backend is refused there:
# portal/checks.py). Sending runs in a background task, with a timeout.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Ban Quản lý KCN Thanh Bình <no-reply@localhost>")
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Who is mailed the details of a server error: "Name <address>, other@address".
ADMINS = [(name or address, address) for name, address in map(parseaddr, env_list("DJANGO_ADMINS")) if address]

# Investor inquiries: who is told of a new one (default: the park's email in the admin),
# and how many one address may send per window of seconds.
INQUIRY_NOTIFY_EMAIL = os.environ.get("INQUIRY_NOTIFY_EMAIL", "")
INQUIRY_RATE_LIMIT = int(os.environ.get("INQUIRY_RATE_LIMIT", "5"))
INQUIRY_RATE_WINDOW = int(os.environ.get("INQUIRY_RATE_WINDOW", "3600"))
# Inquiries from everyone together per hour: past it the form asks visitors to write by email.
INQUIRY_GLOBAL_LIMIT = int(os.environ.get("INQUIRY_GLOBAL_LIMIT", "60"))
# Days a closed (won or lost) inquiry keeps its personal data before `manage.py anonymise_inquiries` removes it.
INQUIRY_RETENTION_DAYS = int(os.environ.get("INQUIRY_RETENTION_DAYS", "730"))
# Days within which a new inquiry is answered (the form promises two working days); older new ones are overdue on
# the officers' dashboard.
INQUIRY_ANSWER_DAYS = env_int("INQUIRY_ANSWER_DAYS", 2)
# Plot alerts: subscriptions per address per window of seconds and from everyone together per hour (like
# inquiries), how long a confirmation link works (an unconfirmed subscription is deleted after it), and at most one
# email a day per subscriber (`manage.py send_plot_alerts`, daily).
ALERT_RATE_LIMIT = env_int("ALERT_RATE_LIMIT", 5)
ALERT_RATE_WINDOW = env_int("ALERT_RATE_WINDOW", 3600)
ALERT_GLOBAL_LIMIT = env_int("ALERT_GLOBAL_LIMIT", 60)
ALERT_CONFIRMATION_HOURS = env_int("ALERT_CONFIRMATION_HOURS", 72)
# How old a figure's last-verified date may get before the public pages mark it "to be confirmed with the Board"
# and the Board's dashboard lists it.
FIGURE_MAX_AGE_MONTHS = env_int("DJANGO_FIGURE_MAX_AGE_MONTHS", 12)
# Proxies in front of the app that append to X-Forwarded-For (0: none, use REMOTE_ADDR). Behind such a
# proxy, X-Forwarded-Proto (which it sets) says whether the visitor came over HTTPS.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The public site's own address, for canonical links and sitemaps when a
# request cannot tell (command line). Requests use their own host.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The licence the open data (/api/..., /data.json, the open data page) is published under.
OPEN_DATA_LICENSE_NAME = os.environ.get("OPEN_DATA_LICENSE_NAME", "CC BY 4.0")
OPEN_DATA_LICENSE_URL = os.environ.get("OPEN_DATA_LICENSE_URL", "https://creativecommons.org/licenses/by/4.0/")

# A strict Content-Security-Policy header (portal/middleware.py); off only to debug.
CONTENT_SECURITY_POLICY = env_bool("DJANGO_CONTENT_SECURITY_POLICY", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", SECURE_HSTS_SECONDS > 0)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
# Features no page uses, turned off for every page (portal/middleware.py).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

LOGIN_URL = "admin:login"

# django-axes counts failed log-ins per account and per address (an IPv6 /64 counts as one address) and locks
# either after AXES_FAILURE_LIMIT failures, for AXES_COOLOFF_TIME or until an administrator unlocks it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "60"))) or None
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.http.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
# Failures are not wiped by a successful log-in (axes' default): someone's own log-in from an address must not
# reset the count of guesses at another account from it; they expire with the cool-off.
# The second factor: the name authenticator apps show for this site's codes.
OTP_TOTP_ISSUER = os.environ.get("DJANGO_OTP_ISSUER", "KCN Thanh Bình")
# Nobody reads another account's secret key in the admin: an administrator only removes a lost device.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
PASSWORD_RESET_TIMEOUT = 3600

# Logs go to standard output, one line per event (JSON in production, for the journal and log shippers);
# server errors are also mailed to ADMINS.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": LOG_FORMAT},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO" if not DEBUG else "WARNING")},
    "loggers": {
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        # Embedding a fallback font in a PDF drops its hinting-source tables, with a warning each time: not news.
        "fontTools.subset": {"level": "ERROR"},
        # A request for another site's name: the proxy drops most; no mail for those that reach the app.
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
