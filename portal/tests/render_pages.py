"""Print the given public pages as the site serves them, as JSON {url: [status, body]}: run in a process of its
own against another database (the backup test's restored copy)."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
django.setup()

from django.test import Client  # noqa: E402  (after django.setup())

client = Client()
pages = {}
for url in sys.argv[1:]:
    response = client.get(url)
    pages[url] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
