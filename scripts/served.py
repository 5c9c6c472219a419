"""What the scripts that serve the site on this machine share (bench, lighthouse, screenshots, rehearse): their
progress lines, a free port, the environment of a site served with production-like settings, and the wait until
it answers."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def announcer(tool):
    """A `say(text)` that prints a progress line of `tool`, standing out from the output of what it runs."""

    def say(text):
        print(f"\n=== {tool}: {text}", flush=True)

    return say


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_environment(database_url, media_root, **settings):
    """This process's environment without its DJANGO_ and REDIS settings, then a site of its own: the database
    and uploaded files given, DEBUG off, a new secret key, plain HTTP on the loopback (cookies need not be secure
    there), warnings only in the log; `settings` (DJANGO_... names) come on top."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_COOKIES="0",
        DATABASE_URL=database_url,
        DJANGO_MEDIA_ROOT=str(media_root),
        DJANGO_LOG_LEVEL="WARNING",
    )
    environment.update(settings)
    return environment


def manage(environment, *command):
    """`manage.py command` in the project's folder, with the site's environment."""
    subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True)


# What every snippet `json_from` runs starts with: the modules it prints and reads its arguments with, and the site.
SNIPPET_START = "import json\nimport sys\nimport django\ndjango.setup()\n"


def json_from(environment, code, *arguments):
    """What Python `code` prints, read as JSON. The code runs from the project's folder, with the site's
    environment and `arguments` (sys.argv[1:]), after SNIPPET_START: Django set up, `json` and `sys` imported."""
    output = subprocess.run(
        [sys.executable, "-c", SNIPPET_START + code, *arguments],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def wait_until_served(server, url, log, seconds=60, answers=1):
    """Wait until `url` answers 200 `answers` times in a row (the socket opens before the workers have loaded
    the site); stop `server` and exit with a message naming `log` when it does not within `seconds`."""
    deadline = time.monotonic() + seconds
    answered = 0
    while time.monotonic() < deadline and server.poll() is None and answered < answers:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                answered = answered + 1 if response.status == 200 else 0
        except (OSError, urllib.error.URLError):
            answered = 0
            time.sleep(0.2)
    if answered >= answers:
        return server
    server.terminate()
    raise SystemExit(f"The server did not answer {url} within {seconds} s ({log}).")
