"""Run in a checkout of the portal (today's or an earlier one) to make a database and read it as that code shows it.

    python upgrade_probe.py OUT.json STEP...

with the steps, in the order given:
    migrate     manage.py migrate
    load_demo   manage.py load_demo
    add         run the Python code on standard input (rows the demo does not make)
    rows        every row, as `dumpdata --natural-foreign` gives it
    pages       every public page: the sitemap's addresses in each language, the open data and the
                feeds; {path: [status, html]}
OUT.json gets {"rows": ..., "pages": ...} for the steps that read.

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


def main(out, steps):
    from django.core.management import call_command

    django.setup()
    result = {}
    for step in steps:
        if step in ("migrate", "load_demo"):
            call_command(step, *(["--noinput", "-v0"] if step == "migrate" else []), stdout=StringIO())
        elif step == "add":
            exec(sys.stdin.read(), {})
        else:
            result[step] = {"rows": rows, "pages": pages}[step]()
    Path(out).write_text(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
