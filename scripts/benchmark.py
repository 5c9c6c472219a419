"""Throughput of public pages against a trivial Django view, on the same server.

Starts gunicorn (production settings: DEBUG off, whitenoise, the configured
database) on a free local port, loads each URL with concurrent keep-alive
clients for a fixed time, and prints requests per second and the ratio to the
trivial view (`/health/live/`, which touches neither the database nor a
template). Run it against the demo data:

    .venv/bin/python manage.py load_demo
    .venv/bin/python scripts/benchmark.py --seconds 10 --concurrency 8
    DJANGO_PAGE_CACHE_SECONDS=0 .venv/bin/python scripts/benchmark.py   # without the page cache

Only 127.0.0.1 is ever contacted. Timings belong here, not in the tests.
"""

import argparse
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [
    "/health/live/",
    "/vi/",
    "/en/",
    "/en/park/",
    "/vi/park/phases/giai-doan-ii/",
    "/en/sectors/",
    "/en/incentives/",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, deadline):
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health/live/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def load(port, path, seconds, concurrency):
    counts, errors = [0] * concurrency, [0] * concurrency
    stop = time.monotonic() + seconds

    def worker(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop:
            try:
                connection.request("GET", path, headers={"Accept-Language": "vi"})
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    counts[index] += 1
                else:
                    errors[index] += 1
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return sum(counts) / elapsed, sum(errors)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="load time per URL")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    args = parser.parse_args()

    port = free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "benchmark-only-secret-key-" + "x" * 30),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_COOKIES": "0",
    }
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(port, time.monotonic() + 30)
        page_cache = os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "300")
        print(
            f"gunicorn {args.workers} workers x {args.threads} threads, {args.concurrency} clients, "
            f"{args.seconds:g} s per URL, page cache {'off' if page_cache == '0' else 'on'}"
        )
        print(f"{'path':<36} {'req/s':>9} {'errors':>7} {'vs trivial':>11}")
        baseline = None
        for path in args.paths:
            load(port, path, min(1.0, args.seconds), args.concurrency)  # warm up
            rate, errors = load(port, path, args.seconds, args.concurrency)
            baseline = baseline or rate
            print(f"{path:<36} {rate:>9.0f} {errors:>7} {rate / baseline:>10.0%}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
