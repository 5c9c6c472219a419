"""gunicorn settings for one app server: `gunicorn portal.wsgi -c deploy/gunicorn.conf.py --bind 127.0.0.1:8001`.

Sync workers, as many as the machine has cores plus one (PORTAL_WORKERS); requests that take longer than
`timeout` are ended. Access lines go to standard output, one per request, with the time taken.
"""

import multiprocessing
import os

workers = int(os.environ.get("PORTAL_WORKERS", multiprocessing.cpu_count() + 1))
timeout = 30
graceful_timeout = 20
keepalive = 5
# Restart each worker now and then: a slow leak never grows for long.
max_requests = 5000
max_requests_jitter = 500
# The address the proxy forwards from (its X-Forwarded-* headers are read by Django, see DJANGO_TRUSTED_PROXY_COUNT).
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
