"""`make rehearse`: stand the production stack up on this machine, run the rehearsal tests through it, take it down.

The stack is the one README.md's "Production" section describes, with nothing but Debian and PyPI packages:
a fresh PostgreSQL database (on the local server), Redis on a port of its own with its memory cap, an
S3-compatible object store (moto's standalone server), a mail server (the tests' own SMTP server, which they
stop and start), two gunicorn app servers with DJANGO_DEBUG=0 and the documented settings
(deploy/portal.env.example), the task worker, and nginx in front with TLS, configured by deploy/render.py from
deploy/nginx.conf.template. nginx is installed with apt-get when missing.

Everything it starts runs under var/rehearsal/ and is stopped, and the database dropped, when it ends,
whatever the outcome. Exit status: that of the rehearsal tests (rehearsal/).
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import boto3
import psycopg2
from served import announcer, free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = ROOT / "var" / "rehearsal"
HOST = "rehearsal.test"
# The bucket policy README.md gives for the media bucket: anyone may read an object; writing needs the keys.
PUBLIC_READ_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicReadOfMedia",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::portal-media/*",
        }
    ],
}
POSTGRES = os.environ.get("REHEARSAL_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")


say = announcer("rehearsal")


def wait_for_port(port, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"{what} did not start listening on port {port} within {seconds} s (logs in {WORK}).")


def documented_environment():
    """deploy/portal.env.example, as an operator fills it in; the rehearsal's own values come on top."""
    environment = {}
    for line in (ROOT / "deploy" / "portal.env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            environment[name.strip()] = value.strip()
    return environment


class Stack:
    def __init__(self):
        self.processes = {}
        self.database = f"rehearsal_{secrets.token_hex(4)}"
        self.ports = {
            name: free_port() for name in ("redis", "s3", "smtp", "app_a", "app_b", "nginx_http", "nginx_https")
        }
        self.admin_password = secrets.token_urlsafe(16)

    # -------------------------------------------------------------- parts

    def start(self, name, command, environment=None, log=None):
        log_file = open(WORK / f"{log or name}.log", "ab")  # noqa: SIM115 (kept open while the process runs)
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=environment or os.environ.copy(),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self.processes[name]

    def ensure_nginx(self):
        if shutil.which("nginx"):
            return
        say("installing nginx (Debian package)")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "nginx"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )

    def create_database(self):
        try:
            connection = psycopg2.connect(POSTGRES)
        except psycopg2.OperationalError as error:
            raise SystemExit(
                f"PostgreSQL is needed for the rehearsal ({POSTGRES}) and does not answer: {error}"
                "Start it (pg_ctlcluster ... start) or set REHEARSAL_POSTGRES."
            ) from error
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{self.database}"')
        connection.close()
        parts = urllib.parse.urlsplit(POSTGRES)
        return urllib.parse.urlunsplit(parts._replace(path=f"/{self.database}"))

    def drop_database(self):
        connection = psycopg2.connect(POSTGRES)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        connection.close()

    def redis_command(self):
        return [
            "redis-server",
            "--bind", "127.0.0.1",
            "--port", str(self.ports["redis"]),
            "--save", "",
            "--appendonly", "no",
            "--maxmemory", "64mb",
            "--maxmemory-policy", "allkeys-lru",
            "--dir", str(WORK),
        ]  # fmt: skip

    def certificate(self):
        certificate, key = WORK / "tls.crt", WORK / "tls.key"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=DNS:{HOST}",
                "-keyout", str(key), "-out", str(certificate),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        return certificate, key

    def nginx_config(self, certificate, key):
        site = subprocess.run(
            [
                sys.executable, str(ROOT / "deploy" / "render.py"), "nginx",
                "--server-names", HOST,
                "--app-dir", str(ROOT),
                "--app-ports", f"{self.ports['app_a']},{self.ports['app_b']}",
                "--http-port", str(self.ports["nginx_http"]),
                "--https-port", str(self.ports["nginx_https"]),
                "--tls-certificate", str(certificate),
                "--tls-certificate-key", str(key),
                "--s3-endpoint", f"http://127.0.0.1:{self.ports['s3']}",
                "--s3-bucket", "portal-media",
            ],
            capture_output=True,
            text=True,
        )  # fmt: skip
        if site.returncode != 0:
            raise SystemExit(f"deploy/render.py failed: {site.stderr}")
        (WORK / "site.conf").write_text(site.stdout)
        temp = WORK / "nginx-temp"
        temp.mkdir(exist_ok=True)
        main = f"""
worker_processes 1;
pid {WORK}/nginx.pid;
error_log {WORK}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {WORK}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {WORK}/site.conf;
}}
"""
        (WORK / "nginx.conf").write_text(main)
        test = subprocess.run(["nginx", "-t", "-c", str(WORK / "nginx.conf")], capture_output=True, text=True)
        if test.returncode != 0:
            raise SystemExit(f"nginx does not take the rendered configuration: {test.stderr}")

    # -------------------------------------------------------------- the whole

    def up(self):
        self.ensure_nginx()
        if WORK.exists():
            shutil.rmtree(WORK)
        WORK.mkdir(parents=True)

        say(f"a fresh PostgreSQL database ({self.database})")
        database_url = self.create_database()

        say("Redis with its memory cap, S3-compatible storage")
        self.start("redis", self.redis_command())
        wait_for_port(self.ports["redis"], "Redis")
        self.start("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.ports["s3"])])
        wait_for_port(self.ports["s3"], "the S3 server")
        s3 = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{self.ports['s3']}",
            aws_access_key_id="rehearsal",
            aws_secret_access_key="rehearsal",
            region_name="us-east-1",
        )
        s3.create_bucket(Bucket="portal-media")
        # As README's production section says: the proxy reads the objects anonymously; only the app writes.
        s3.put_bucket_policy(Bucket="portal-media", Policy=json.dumps(PUBLIC_READ_POLICY))

        environment = {
            **{name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))},
            **documented_environment(),
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_SITE_URL": f"https://{HOST}",
            "DATABASE_URL": database_url,
            "REDIS_URL": f"redis://127.0.0.1:{self.ports['redis']}/0",
            "DJANGO_EMAIL_HOST": "127.0.0.1",
            "DJANGO_EMAIL_PORT": str(self.ports["smtp"]),
            "DJANGO_EMAIL_USE_TLS": "0",
            "DJANGO_EMAIL_HOST_USER": "",
            "DJANGO_EMAIL_HOST_PASSWORD": "",
            "DJANGO_EMAIL_TIMEOUT": "3",
            "DJANGO_ADMINS": "",
            "INQUIRY_NOTIFY_EMAIL": "xuctien@rehearsal.test",
            "DJANGO_S3_BUCKET": "portal-media",
            "DJANGO_S3_ENDPOINT_URL": f"http://127.0.0.1:{self.ports['s3']}",
            "DJANGO_S3_REGION": "us-east-1",
            "DJANGO_S3_ACCESS_KEY_ID": "rehearsal",
            "DJANGO_S3_SECRET_ACCESS_KEY": "rehearsal",
            # Tries again after 1, 2, 4 … seconds, so that the rehearsal sees an outage end.
            "DJANGO_TASK_RETRY_DELAY": "1",
            "PORTAL_WORKERS": "2",
        }
        self.environment = environment

        say("migrate, collectstatic, the demo content, an administrator")
        for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=environment, check=True)
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c",
             "from django.contrib.auth import get_user_model; "
             f"get_user_model().objects.create_superuser('rehearsal-admin', 'it@{HOST}', {self.admin_password!r})"],
            cwd=ROOT, env=environment, check=True,
        )  # fmt: skip

        say("two app servers (gunicorn, DJANGO_DEBUG=0), the task worker, nginx with TLS")
        gunicorn = [str(BIN / "gunicorn"), "portal.wsgi", "-c", "deploy/gunicorn.conf.py"]
        self.start("app_a", [*gunicorn, "--bind", f"127.0.0.1:{self.ports['app_a']}"], environment)
        self.start("app_b", [*gunicorn, "--bind", f"127.0.0.1:{self.ports['app_b']}"], environment)
        self.start("worker", [sys.executable, "manage.py", "db_worker", "--interval", "0.5"], environment)
        certificate, key = self.certificate()
        self.nginx_config(certificate, key)
        self.start("nginx", ["nginx", "-c", str(WORK / "nginx.conf"), "-g", "daemon off;"])
        for name in ("app_a", "app_b", "nginx_https"):
            wait_for_port(self.ports[name], name)

    def run_tests(self, extra):
        say("the rehearsal tests, through nginx and against both app servers")
        info = {
            "host": HOST,
            "ports": self.ports,
            "work": str(WORK),
            "admin": ["rehearsal-admin", self.admin_password],
            "redis_command": self.redis_command(),
            "s3_endpoint": f"http://127.0.0.1:{self.ports['s3']}",
        }
        environment = {**self.environment, "REHEARSAL": json.dumps(info)}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-c",
                str(ROOT / "rehearsal" / "pytest.ini"),
                str(ROOT / "rehearsal"),
                *extra,
            ],
            cwd=ROOT,
            env=environment,
        )
        return result.returncode

    def down(self):
        say("taking the stack down")
        # Redis may have been restarted by the tests: stop whichever answers on its port.
        subprocess.run(
            ["redis-cli", "-p", str(self.ports["redis"]), "shutdown", "nosave"], capture_output=True, timeout=10
        )
        for name, process in reversed(self.processes.items()):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGINT if name == "worker" else signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        try:
            self.drop_database()
        except Exception as error:  # the rehearsal's result stands; say what was left behind
            print(f"The database {self.database} could not be dropped: {error}", file=sys.stderr)


def main():
    stack = Stack()
    status = 1
    try:
        stack.up()
        status = stack.run_tests(sys.argv[1:])
    finally:
        stack.down()
    say("passed" if status == 0 else f"FAILED (logs in {WORK})")
    return status


if __name__ == "__main__":
    sys.exit(main())
