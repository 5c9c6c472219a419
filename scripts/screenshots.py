"""`make screenshots`: full-page screenshots of the public pages, at a phone's width and a desktop's, in each
language, for a person to look at.

It builds a database of its own with the demo (SQLite, var/screenshots/db.sqlite3, its files under
var/screenshots/media), serves it with the development server (DJANGO_DEBUG=1, which serves the static files
and the uploaded files as the proxy does in production) and opens each page in Debian's Chromium through
Playwright. The pictures go to var/screenshots/<language>-<width>-<page>.png.

It fails (exit status 1, after taking every picture) when a page answers anything but 200, a file it loads
fails, the browser logs an error (a Content-Security-Policy violation among them), a page asks another host
for anything, an image does not load, or a page is wider than the window (scrolls sideways). Not part of CI:
the pictures are for the eye.

    .venv/bin/python scripts/screenshots.py [--widths 375,1280] [--languages vi,en] [--pages home,plot]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from served import announcer, free_port, json_from, manage, site_environment

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
WIDTHS = (375, 1280)
LANGUAGES = ("vi", "en")

# (name in the file name, address); the values come from page_values().
PAGES = [
    ("home", "/{lang}/"),
    ("phase", "/{lang}/park/phases/{phase}/"),
    ("plan", "/{lang}/park/phases/{phase}/plan/"),
    ("plot", "/{lang}/park/plots/{plot}/"),
    ("finder", "/{lang}/park/plots/"),
    ("compare", "/{lang}/park/compare/?{shortlist}"),
    ("infrastructure", "/{lang}/park/infrastructure/"),
    ("news", "/{lang}/news/"),
    ("post", "{post}"),
    ("projects", "/{lang}/projects/"),
    ("targets", "/{lang}/targets/"),
    ("contact", "/{lang}/contact/"),
]

# The addresses that differ by language or by database: Phase II, its first available plot, a shortlist of
# three plots of Phase II (one of each status where the demo has one), the latest news post.
PAGE_VALUES = r"""
from urllib.parse import urlencode
from django.utils import translation
from news.models import Post
from parks.models import Phase, Plot
phase = Phase.objects.get(name_en="Phase II")
plots = Plot.objects.filter(zone__phase=phase).order_by("code")
shortlist = []
for status in ("available", "reserved", "leased"):
    plot = plots.filter(status=status).exclude(code__in=shortlist).first()
    if plot:
        shortlist.append(plot.code)
shortlist += [code for code in plots.values_list("code", flat=True) if code not in shortlist][: 3 - len(shortlist)]
values = {}
for lang in json.loads(sys.argv[1]):
    with translation.override(lang):
        values[lang] = {
            "phase": phase.url_slug,
            "plot": plots.filter(status="available").first().code,
            "shortlist": urlencode([("plot", code) for code in shortlist]),
            "post": Post.objects.published().order_by("-publish_at").first().get_absolute_url(),
        }
print(json.dumps(values))
"""

# Scrolls to the bottom and back, so that images loaded lazily are asked for, then waits for the fonts.
SCROLL_THROUGH = """async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
}"""

# What the eye would catch on the page: images that did not load, a page wider than the window.
LAYOUT_PROBLEMS = """() => {
    const problems = [];
    for (const image of document.images) {
        if (image.complete && image.naturalWidth === 0) {
            problems.push(`image did not load: ${image.currentSrc || image.src}`);
        }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
        const sticksOut = (element) => element.getBoundingClientRect().right > root.clientWidth + 1;
        // The innermost elements that stick out: the ones to fix.
        const wide = [...document.body.querySelectorAll("*")]
            .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
            .slice(0, 3)
            .map((element) => element.tagName.toLowerCase() + (element.className ? "." + element.className : ""));
        problems.push(`scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px (${wide.join(", ")})`);
    }
    return problems;
}"""


say = announcer("screenshots")


def environment(port):
    return site_environment(
        f"sqlite:///{WORK / 'db.sqlite3'}",
        WORK / "media",
        # The development server serves the static and uploaded files itself only with DEBUG on.
        DJANGO_DEBUG="1",
        DJANGO_SITE_URL=f"http://127.0.0.1:{port}",
        DJANGO_TASKS="immediate",
    )


def prepare(env):
    """A fresh database with the demo; the pictures of an earlier run go."""
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")


def page_values(env, languages):
    return json_from(env, PAGE_VALUES, json.dumps(languages))


def start_server(env, port):
    log = open(WORK / "server.log", "ab")  # noqa: SIM115 (kept open while the server runs)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                time.sleep(0.5)
                # Still running: the port is this server's, not another program's that took it first.
                if server.poll() is None:
                    return server
                break
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"The development server did not start ({WORK / 'server.log'}).")


def shoot(browser, base, lang, width, name, path):
    """Takes one picture; returns the problems seen on the way."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale=lang)
    page = context.new_page()
    problems = []
    host = urlsplit(base).netloc

    def on_request(request):
        if request.url.startswith(("http:", "https:")) and urlsplit(request.url).netloc != host:
            problems.append(f"request to another host: {request.url}")

    page.on("request", on_request)
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url} {request.failure}"))
    page.on(
        "response", lambda response: response.status >= 400 and problems.append(f"{response.status}: {response.url}")
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    try:
        response = page.goto(base + path, wait_until="networkidle")
        if response is None or response.status != 200:
            problems.append(f"answered {response.status if response else 'nothing'}")
        page.evaluate(SCROLL_THROUGH)
        page.wait_for_load_state("networkidle")
        problems.extend(page.evaluate(LAYOUT_PROBLEMS))
        page.screenshot(path=WORK / f"{lang}-{width}-{name}.png", full_page=True)
    finally:
        context.close()
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--pages", default=",".join(name for name, _path in PAGES))
    options = parser.parse_args()
    widths = [int(width) for width in options.widths.split(",")]
    languages = options.languages.split(",")
    wanted = options.pages.split(",")
    pages = [(name, path) for name, path in PAGES if name in wanted]
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"Chromium is needed at {CHROMIUM}: apt-get install -y chromium")

    port = free_port()
    env = environment(port)
    say("a fresh SQLite database with the demo")
    prepare(env)
    values = page_values(env, languages)
    say("the development server, Chromium")
    server = start_server(env, port)
    failures = {}
    taken = 0
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            base = f"http://127.0.0.1:{port}"
            for lang in languages:
                for width in widths:
                    for name, template in pages:
                        path = template.format(lang=lang, **values[lang])
                        label = f"{lang}-{width}-{name}"
                        problems = shoot(browser, base, lang, width, name, path)
                        taken += 1
                        print(f"{label:28} {path}  {'ok' if not problems else 'PROBLEMS'}", flush=True)
                        for problem in problems:
                            print(f"    {problem}", flush=True)
                        if problems:
                            failures[label] = problems
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    say(
        f"{taken} pictures in {WORK.relative_to(ROOT)}/; "
        + (f"{len(failures)} with problems" if failures else "no problems")
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
