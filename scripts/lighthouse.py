"""`make lighthouse`: Lighthouse's mobile performance score of the home page, the plot finder (plain and
filtered) and a news post, in each language, several runs each.

It builds a database of its own with the demo (SQLite, var/lighthouse/db.sqlite3, its files under
var/lighthouse/media; `manage.py migrate`, `collectstatic`, `load_demo`), serves it as production does
(gunicorn, DJANGO_DEBUG=0, the strict Content-Security-Policy, static files from whitenoise with their
precompressed copies, the page cache on; the uploaded files beside them, scripts/lighthouse_wsgi.py, as nginx
serves them) and runs Lighthouse against each page with its default mobile settings (simulated slow 4G and a
slowed-down CPU). It prints each run's performance score, its metrics, Lighthouse's measure of the machine's speed
(CPU) and the load average, then per page the lowest score and the audits that missed full marks; the JSON reports
stay in var/lighthouse/.

Not part of CI: it needs Node.js and Lighthouse from npm, and scores move with the load of the machine (run it
on a quiet one, and look at the spread of the runs rather than at one). Once:

    npm install --prefix /tmp/lh lighthouse

then

    .venv/bin/python scripts/lighthouse.py [--runs 3] [--languages vi,en] [--pages home,finder,filtered,post]

LIGHTHOUSE (default /tmp/lh/node_modules/.bin/lighthouse) and CHROME_PATH (default /usr/bin/chromium) say
where the two programs are. The exit status is 1 when a run scores below --target (default 100).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

from served import announcer, free_port, json_from, manage, site_environment, wait_until_served

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = ROOT / "var" / "lighthouse"
LIGHTHOUSE = os.environ.get("LIGHTHOUSE", "/tmp/lh/node_modules/.bin/lighthouse")
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LANGUAGES = ("vi", "en")

# (name, address); the values come from PAGE_VALUES.
PAGES = [
    ("home", "/{lang}/"),
    ("finder", "/{lang}/park/plots/"),
    ("filtered", "/{lang}/park/plots/?status=available&min_area=20000&sort=-area"),
    ("post", "{post}"),
]

# The latest news post, in each language.
PAGE_VALUES = r"""
from django.utils import translation
from news.models import Post
post = Post.objects.published().order_by("-publish_at").first()
values = {}
for lang in json.loads(sys.argv[1]):
    with translation.override(lang):
        values[lang] = {"post": post.get_absolute_url()}
print(json.dumps(values))
"""

# The metrics the performance score is made of, as Lighthouse names them, and how they are printed.
METRICS = [
    ("first-contentful-paint", "FCP"),
    ("largest-contentful-paint", "LCP"),
    ("total-blocking-time", "TBT"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI"),
]


say = announcer("lighthouse")


def environment(port):
    return site_environment(
        f"sqlite:///{WORK / 'db.sqlite3'}",
        WORK / "media",
        DJANGO_SITE_URL=f"http://127.0.0.1:{port}",
        # Photo renditions are made while the demo loads, not by a worker this script would have to run.
        DJANGO_TASKS="immediate",
        # Each gunicorn worker keeps its own page cache (no Redis here): right for measuring, not for editing.
        DJANGO_SILENCED_SYSTEM_CHECKS="portal.E001",
    )


def prepare(env, languages):
    """A fresh database with the demo and the collected static files; the reports of an earlier run go."""
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "--clear", "-v0")
    manage(env, "load_demo")
    return json_from(env, PAGE_VALUES, json.dumps(languages))


def start_gunicorn(env, port):
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--pythonpath",
            str(ROOT / "scripts"),
            "lighthouse_wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "gunicorn.log", "ab"),  # noqa: SIM115 (kept open while the server runs)
        start_new_session=True,
    )
    return wait_until_served(server, f"http://127.0.0.1:{port}/robots.txt", WORK / "gunicorn.log")


def warm(url):
    """Requests before the runs: each gunicorn worker answers its first page slower (and fills its page cache)."""
    for _ in range(4):
        with urllib.request.urlopen(url, timeout=30) as answer:
            if answer.status != 200:
                raise SystemExit(f"{url} answered {answer.status}")
            answer.read()


def lighthouse(url, report, attempts=3):
    """Lighthouse's report of one run. A run whose trace Chrome failed to record (Lighthouse says to run it again,
    which a busy machine causes now and then) is run again, up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        report.unlink(missing_ok=True)
        subprocess.run(
            [
                LIGHTHOUSE,
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={report}",
                "--chrome-flags=--headless=new --no-sandbox",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": CHROME},
        )
        result = json.loads(report.read_text()) if report.exists() else {"runtimeError": {"code": "NO_REPORT"}}
        if not result.get("runtimeError") and result["categories"]["performance"]["score"] is not None:
            return result
        print(f"    {url}: {result.get('runtimeError', {}).get('code', 'no score')}, attempt {attempt}", flush=True)
    raise SystemExit(f"{url}: no score in {attempts} attempts ({report})")


def failing_audits(result):
    """{audit id: "score, display value"} of the performance audits that did not score full marks."""
    failing = {}
    for ref in result["categories"]["performance"]["auditRefs"]:
        audit = result["audits"].get(ref["id"])
        if not audit or audit.get("scoreDisplayMode") in ("notApplicable", "informative", "manual"):
            continue
        if audit.get("score") is not None and audit["score"] < 1:
            shown = audit.get("displayValue", "")
            failing[ref["id"]] = f"{audit['score']:.2f}" + (f" ({shown})" if shown else "")
    return failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--pages", default=",".join(name for name, _path in PAGES))
    parser.add_argument("--target", type=int, default=100, help="the lowest score that passes")
    options = parser.parse_args()
    languages = options.languages.split(",")
    wanted = options.pages.split(",")
    pages = [(name, path) for name, path in PAGES if name in wanted]
    for program, hint in (
        (LIGHTHOUSE, "npm install --prefix /tmp/lh lighthouse"),
        (CHROME, "apt-get install chromium"),
    ):
        if not os.path.exists(program):
            raise SystemExit(f"{program} is needed: {hint}")

    port = free_port()
    env = environment(port)
    say("a fresh SQLite database with the demo, the static files collected")
    values = prepare(env, languages)
    say("gunicorn with the production settings")
    server = start_gunicorn(env, port)
    base = f"http://127.0.0.1:{port}"
    scores = {}
    failing = {}
    try:
        targets = [
            (f"{lang}-{name}", base + path.format(lang=lang, **values[lang]))
            for lang in languages
            for name, path in pages
        ]
        for _label, url in targets:
            warm(url)
        say(f"{len(targets)} pages, {options.runs} runs each")
        print(
            f"{'page':12} {'run':>3} {'score':>5}  "
            + "  ".join(f"{short:>7}" for _id, short in METRICS)
            + f"  {'CPU':>5}  {'load':>4}",
            flush=True,
        )
        for run in range(1, options.runs + 1):
            for label, url in targets:
                result = lighthouse(url, WORK / f"{label}-{run}.json")
                score = round(result["categories"]["performance"]["score"] * 100)
                scores.setdefault(label, []).append(score)
                for audit, shown in failing_audits(result).items():
                    failing.setdefault(label, {}).setdefault(audit, []).append(f"run {run}: {shown}")
                metrics = "  ".join(f"{result['audits'][audit]['displayValue']:>7}" for audit, _short in METRICS)
                # Lighthouse's measure of the machine's speed during the run (lower: slower or busier), and the
                # load average: a low score on a busy machine says little about the page.
                benchmark = round(result["environment"]["benchmarkIndex"])
                print(
                    f"{label:12} {run:>3} {score:>5}  {metrics}  {benchmark:>5}  {os.getloadavg()[0]:>4.1f}", flush=True
                )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()

    say("per page: the scores of the runs, and the audits that missed full marks (score, value) in a run")
    for label, _url in targets:
        runs = scores[label]
        print(f"{label:12} {' '.join(map(str, runs)):20} lowest {min(runs)}", flush=True)
        for audit, shown in sorted(failing.get(label, {}).items()):
            print(f"    {audit}: {'; '.join(shown)}", flush=True)
    everything = [score for runs in scores.values() for score in runs]
    below = sum(score < options.target for score in everything)
    say(f"{len(everything)} runs, scores {min(everything)}–{max(everything)}; {below} below {options.target}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
