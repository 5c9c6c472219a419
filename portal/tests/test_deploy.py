"""deploy/ holds together: the nginx site renders and nginx takes it, every command the systemd units run exists,
and the gunicorn settings load."""

import os
import re
import shutil
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import get_commands

DEPLOY = settings.BASE_DIR / "deploy"


def render(*options):
    return subprocess.run(
        [
            sys.executable,
            str(DEPLOY / "render.py"),
            "nginx",
            "--server-names",
            "kcnthanhbinh.vn www.kcnthanhbinh.vn",
            "--app-dir",
            "/srv/thanh-binh-portal",
            "--tls-certificate",
            "CERT",
            "--tls-certificate-key",
            "KEY",
            *options,
        ],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "media",
    [["--media-root", "/srv/thanh-binh-portal/media"], ["--s3-endpoint", "https://127.0.0.1:9000", "--s3-bucket", "b"]],
    ids=["local", "s3"],
)
def test_the_nginx_site_renders_and_nginx_takes_it(media, tmp_path):
    result = render(*media)
    assert result.returncode == 0, result.stderr
    site = result.stdout
    assert "@@" not in site
    assert "server 127.0.0.1:8001" in site and "server 127.0.0.1:8002" in site
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in site
    assert "client_max_body_size" in site
    assert site.count("add_header X-Content-Type-Options nosniff always;") >= 3
    assert 'add_header Content-Disposition "attachment" always;' in site
    if media[0] == "--media-root":
        assert "alias /srv/thanh-binh-portal/media/documents/;" in site
    else:
        assert "proxy_pass https://127.0.0.1:9000/b/documents/;" in site
    if shutil.which("nginx") is None or shutil.which("openssl") is None:
        message = "nginx or openssl is not installed: apt-get install -y nginx openssl"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    certificate, key = tmp_path / "tls.crt", tmp_path / "tls.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=kcnthanhbinh.vn"]
        + ["-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    (tmp_path / "site.conf").write_text(site.replace("CERT", str(certificate)).replace("KEY", str(key)))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ include /etc/nginx/mime.types; access_log off; include {tmp_path}/site.conf; }}\n"
    )
    check = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_render_refuses_half_a_configuration():
    assert render().returncode != 0
    assert render("--s3-endpoint", "https://s3.example.vn").returncode != 0


def test_every_command_the_systemd_units_run_exists():
    commands = get_commands()
    units = sorted(DEPLOY.glob("systemd/*"))
    assert {unit.name for unit in units} >= {
        "portal@.service",
        "portal-worker.service",
        "portal-jobs.service",
        "portal-jobs.timer",
        "portal-daily.service",
        "portal-daily.timer",
    }
    run = []
    for unit in units:
        for line in unit.read_text().splitlines():
            if line.startswith("ExecStart="):
                run.append(line)
                management = re.search(r"manage\.py (\S+)", line)
                if management:
                    assert management.group(1) in commands, line
                assert "EnvironmentFile=/etc/thanh-binh-portal/portal.env" in unit.read_text(), unit.name
    assert any("gunicorn portal.wsgi -c deploy/gunicorn.conf.py --bind 127.0.0.1:%i" in line for line in run)


def test_the_gunicorn_settings_load():
    namespace = {}
    exec((DEPLOY / "gunicorn.conf.py").read_text(), namespace)
    assert namespace["workers"] >= 2 and namespace["accesslog"] == "-" and namespace["timeout"] == 30
