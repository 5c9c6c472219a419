"""The app servers' entry point (gunicorn portal.wsgi). The system checks run first: a production set-up that
fails one (portal/checks.py) does not start."""

import os

from django.core.management import call_command
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()
call_command("check", fail_level="ERROR")
