"""The site as scripts/lighthouse.py serves it: the production application (portal.wsgi: DJANGO_DEBUG=0, static
files from whitenoise) with the uploaded files of the local media storage served beside it, as nginx serves
them in production (Django does not serve media with DEBUG off).

    gunicorn --pythonpath scripts lighthouse_wsgi:application
"""

from django.conf import settings
from whitenoise import WhiteNoise

from portal.wsgi import application as portal_application

# The files are listed once, at start-up: the demo is loaded before the server starts.
application = WhiteNoise(portal_application, max_age=30 * 24 * 3600)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
