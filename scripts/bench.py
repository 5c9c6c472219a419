"""`make bench`: throughput and latency of every kind of public page, as ratios to a near-trivial view.

For each back end (SQLite with the local-memory cache; PostgreSQL with Redis) and each size of data (the demo,
and the demo ×10 from `load_demo --scale 10`), in a database of its own: gunicorn with the production
settings (DJANGO_DEBUG=0) and 2 workers, the page cache off, each page loaded by wrk (Debian's, installed when
missing) for --seconds; then, with the page cache on, a cached hit of the home page. It prints one table per
back end and size: requests per second, p50 and p99 latency, the ratio to /robots.txt (the near-trivial view),
and the queries the page takes (counted once with Django's test client). The tables also go to
var/bench/bench.md. Timings stay here, never in the tests.

    .venv/bin/python scripts/bench.py [--seconds 5] [--only sqlite|postgres] [--sizes 1,10]
"""

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import psycopg2
from served import announcer, free_port, json_from, manage, site_environment, wait_until_served

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = ROOT / "var" / "bench"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/9")

# Counts the queries of each page with Django's test client against the bench's database (one process).
COUNT_QUERIES = r"""
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
counts = {}
for path in json.loads(sys.argv[1]):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    counts[path] = [status, len(queries)]
print(json.dumps(counts))
"""

# The pages read from the database: every kind of public page, in both languages.
PAGE_KINDS = [
    ("home", "/{lang}/"),
    ("park", "/{lang}/park/"),
    ("phase", "/{lang}/park/phases/{phase}/"),
    ("plan", "/{lang}/park/phases/{phase}/plan/"),
    ("plot", "/{lang}/park/plots/{plot}/"),
    ("finder", "/{lang}/park/plots/?status=available&min_area=20000"),
    ("sector", "/{lang}/sectors/{sector}/"),
    ("news list", "/{lang}/news/"),
    ("news post", "{post}"),
    ("projects", "/{lang}/projects/"),
    ("targets", "/{lang}/targets/"),
    ("search", "/{lang}/search/?q={query}"),
]
TRIVIAL = "/robots.txt"


say = announcer("bench")


def ensure_wrk():
    if shutil.which("wrk"):
        return
    say("installing wrk (Debian package)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env)


def base_environment(database_url, redis_url, page_cache):
    settings = {"REDIS_URL": redis_url} if redis_url else {}
    return site_environment(
        database_url,
        WORK / "media",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_PAGE_CACHE_SECONDS=str(page_cache),
        **settings,
    )


def prepare_database(backend, size):
    if backend == "sqlite":
        path = WORK / f"bench-{size}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}", None
    name = f"bench_{size}_{secrets.token_hex(3)}"
    connection = psycopg2.connect(POSTGRES)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    parts = urllib.parse.urlsplit(POSTGRES)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}")), name


def drop_database(name):
    if name is None:
        return
    connection = psycopg2.connect(POSTGRES)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    connection.close()


def page_paths(environment):
    """The concrete addresses of each kind of page in this database."""
    script = (
        "from django.utils import translation\n"
        "from news.models import Post\n"
        "from parks.models import Phase, Plot, Sector\n"
        "out = {}\n"
        "for lang in ('vi', 'en'):\n"
        "    with translation.override(lang):\n"
        "        out[lang] = {'phase': Phase.objects.get(name_en='Phase II').url_slug,\n"
        "            'plot': Plot.objects.filter(status='available').order_by('code').first().code,\n"
        "            'sector': Sector.objects.order_by('order').first().url_slug,\n"
        "            'post': Post.objects.published().order_by('-publish_at').first().get_absolute_url()}\n"
        "print(json.dumps(out))\n"
    )
    found = json_from(environment, script)
    paths = []
    for lang, values in found.items():
        query = "dau+tu" if lang == "vi" else "investment"
        for kind, template in PAGE_KINDS:
            paths.append((f"{kind} ({lang})", template.format(lang=lang, query=query, **values)))
    return paths


def start_gunicorn(environment, port):
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "gunicorn.log", "ab"),  # noqa: SIM115 (kept while the server runs)
    )
    return wait_until_served(server, f"http://127.0.0.1:{port}{TRIVIAL}", WORK / "gunicorn.log", answers=4)


def wrk(port, path, seconds):
    """(requests per second, p50 ms, p99 ms, non-2xx) for `path`, 2 threads and 8 connections."""
    url = f"http://127.0.0.1:{port}{path}"
    subprocess.run(["wrk", "-t2", "-c8", "-d1s", url], capture_output=True)  # warm up
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    if rate == 0:
        raise SystemExit(f"no answer from {url} under load (var/bench/gunicorn.log):\n{output}")
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rate, milliseconds(latency["50"]), milliseconds(latency["99"]), int(errors.group(1)) if errors else 0


def milliseconds(text):
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run(backend, size, seconds):
    say(f"{backend}, demo ×{size}: database, demo, server")
    redis_url = REDIS if backend == "postgres" else None
    database_url, database_name = prepare_database(backend, size)
    try:
        environment = base_environment(database_url, redis_url, page_cache=0)
        manage(environment, "migrate", "--noinput", "-v0")
        manage(environment, "load_demo", "--scale", str(size), "--force")
        paths = page_paths(environment)
        queries = json_from(
            {**environment, "DJANGO_ALLOWED_HOSTS": "testserver"},
            COUNT_QUERIES,
            json.dumps([path for _kind, path in paths]),
        )
        rows = []
        port = free_port()
        server = start_gunicorn(environment, port)
        try:
            trivial = wrk(port, TRIVIAL, seconds)
            rows.append(("near-trivial view", TRIVIAL, *trivial, 1.0, 0))
            for kind, path in paths:
                rate, p50, p99, errors = wrk(port, path, seconds)
                rows.append((kind, path, rate, p50, p99, errors, rate / trivial[0], queries[path][1]))
        finally:
            server.terminate()
            server.wait(timeout=20)
        # A cached hit, with the page cache on.
        cached_environment = base_environment(database_url, redis_url, page_cache=300)
        if not redis_url:
            # Each worker keeps its own copy of the page: right for measuring a hit, not for serving edits.
            cached_environment["DJANGO_SILENCED_SYSTEM_CHECKS"] = "portal.E001"
        server = start_gunicorn(cached_environment, port)
        try:
            cached = wrk(port, "/vi/", seconds)
        finally:
            server.terminate()
            server.wait(timeout=20)
        rows.append(("home, cached hit", "/vi/", *cached, cached[0] / trivial[0], 0))
        return rows
    finally:
        drop_database(database_name)


def table(title, rows):
    lines = [
        f"### {title}",
        "",
        "| page | req/s | p50 ms | p99 ms | errors | vs trivial | queries |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, _path, rate, p50, p99, errors, ratio, queries in rows:
        lines.append(f"| {kind} | {rate:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | {ratio:.0%} | {queries} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=5, help="load time per page")
    parser.add_argument("--only", choices=["sqlite", "postgres"], help="one back end")
    parser.add_argument("--sizes", default="1,10", help="sizes of the data, as multiples of the demo")
    args = parser.parse_args()
    ensure_wrk()
    WORK.mkdir(parents=True, exist_ok=True)
    base = base_environment("sqlite:///" + str(WORK / "static.sqlite3"), None, 0)
    manage(base, "collectstatic", "--noinput", "-v0")
    backends = [args.only] if args.only else ["sqlite", "postgres"]
    names = {"sqlite": "SQLite, local-memory cache", "postgres": "PostgreSQL, Redis"}
    report = [f"gunicorn, 2 workers, DJANGO_DEBUG=0, page cache off (but the cached hit); wrk -t2 -c8 {args.seconds} s"]
    results = {}
    for backend in backends:
        for size in [int(size) for size in args.sizes.split(",")]:
            rows = run(backend, size, args.seconds)
            results[(backend, size)] = rows
            text = table(f"{names[backend]}, demo ×{size}", rows)
            report.append(text)
            print("\n" + text, flush=True)
    # The growth from the demo to ten times its data, page by page (time per request, at the same load).
    for backend in backends:
        small, large = results.get((backend, 1)), results.get((backend, 10))
        if small and large:
            lines = [f"### {names[backend]}: time per page at ×10 against ×1", "", "| page | ×10 / ×1 |", "|---|---:|"]
            for (kind, _p, rate1, *_), (_k, _p2, rate10, *_r) in zip(small, large, strict=True):
                lines.append(f"| {kind} | {rate1 / rate10:.2f} |")
            text = "\n".join(lines) + "\n"
            report.append(text)
            print("\n" + text)
    text = targets(results, names)
    report.append(text)
    print("\n" + text)
    (WORK / "bench.md").write_text("\n\n".join(report))
    say(f"written to {WORK / 'bench.md'}")


def targets(results, names):
    """The performance budget, checked on this run's figures: every page at least 10 % of the near-trivial view's
    throughput; at ten times the data, no page more than twice its time at the demo's size; a cached hit with
    Redis at least 70 % of one with the local-memory cache."""
    lines = ["### Budget", ""]
    for (backend, size), rows in sorted(results.items()):
        slow = [f"{kind} {ratio:.0%}" for kind, _p, _r, _p50, _p99, _e, ratio, _q in rows if ratio < 0.10]
        label = f"{names[backend]}, ×{size}: every page at least 10 % of the near-trivial view"
        lines.append(f"- {label}: " + ("met" if not slow else "missed (" + ", ".join(slow) + ")"))
    for backend in names:
        small, large = results.get((backend, 1)), results.get((backend, 10))
        if small and large:
            grown = [
                f"{kind} {rate1 / rate10:.2f}×"
                for (kind, _p, rate1, *_), (_k, _p2, rate10, *_r) in zip(small, large, strict=True)
                if rate1 / rate10 > 2
            ]
            label = f"{names[backend]}: no page more than twice its time at ×10"
            lines.append(f"- {label}: " + ("met" if not grown else "missed (" + ", ".join(grown) + ")"))
    for size in (1, 10):
        local, shared = results.get(("sqlite", size)), results.get(("postgres", size))
        if local and shared:
            ratio = shared[-1][2] / local[-1][2]
            lines.append(
                f"- ×{size}: a cached hit with Redis at least 70 % of one with the local-memory cache: "
                + ("met" if ratio >= 0.7 else "missed")
                + f" ({ratio:.0%})"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
