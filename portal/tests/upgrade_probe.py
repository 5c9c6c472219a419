"""Run in a checkout of the portal (today's or an earlier one) to read a database as that code shows it.

    python upgrade_probe.py pages OUT.json    every public page: the sitemap's addresses in each language,
                                             the open data and the feeds; {path: [status, html]}
    python upgrade_probe.py rows OUT.json    every row, as `dumpdata --natural-foreign` gives it

It uses nothing but Django's own API, so that the code before the apps were
split can run it too (portal/tests/test_upgrade.py).
"""

import json
import re
import sys
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import django

EXTRA_PATHS = [
    "/api/plots.geojson",
    "/api/plots.geojson?lang=en",
    "/api/plots.csv",
    "/api/zones.geojson",
    "/api/key-figures.json",
    "/api/key-figures.json?lang=en",
    "/vi/news/feed/",
    "/en/news/feed/",
    "/robots.txt",
    "/vi/park/plots/?status=available",
    "/en/park/plots/?status=available",
    "/vi/search/?q=dau+tu",
    "/en/search/?q=wood",
]


def pages():
    from django.test import Client

    client = Client()
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = sorted({urlsplit(url).path for url in re.findall(r'(?:<loc>|href=")(http[^<"]+)', sitemap)})
    result = {}
    for path in ["/sitemap.xml", *paths, *EXTRA_PATHS]:
        response = client.get(path)
        result[path] = [response.status_code, response.content.decode()]
    return result


def rows():
    from django.core.management import call_command

    out = StringIO()
    call_command(
        "dumpdata",
        "--natural-foreign",
        "--exclude=contenttypes",
        "--exclude=auth.permission",
        "--exclude=sessions",
        stdout=out,
    )
    return json.loads(out.getvalue())


if __name__ == "__main__":
    what, out = sys.argv[1], Path(sys.argv[2])
    django.setup()
    out.write_text(json.dumps({"pages": pages, "rows": rows}[what](), ensure_ascii=False))
