"""What the rehearsal tests share: the stack scripts/rehearse.py stood up, and a small HTTP client that talks to
it as a browser would (through nginx over TLS, or to one app server as nginx does).

The tests read the rehearsal's database with the stack's own settings (the environment rehearse.py passes).
"""

import http.client
import io
import json
import os
import re
import secrets
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import django
from PIL import Image

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402  (Django first)

from accounts.testing import current_code, enrolled_device  # noqa: E402
from core.testing import form_fields  # noqa: E402

STACK = json.loads(os.environ["REHEARSAL"])
HOST = STACK["host"]
PORTS = STACK["ports"]


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    started: float = 0.0
    ended: float = 0.0

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)


@dataclass
class Browser:
    """A visitor of the site through `target`: "nginx" (HTTPS, as on the internet) or "a"/"b" (one app server,
    addressed as nginx addresses it). Keeps cookies."""

    target: str = "nginx"
    host: str = HOST
    cookies: dict = field(default_factory=dict)

    def connection(self):
        if self.target == "nginx":
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            connection = http.client.HTTPSConnection("127.0.0.1", PORTS["nginx_https"], timeout=30, context=context)
            # SNI names the site, as a browser does for https://rehearsal.test/.
            raw = socket.create_connection(("127.0.0.1", PORTS["nginx_https"]), timeout=30)
            connection.sock = context.wrap_socket(raw, server_hostname=HOST)
            return connection
        port = PORTS["app_a"] if self.target == "a" else PORTS["app_b"]
        return http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, method, path, *, data=None, files=None, headers=None):
        headers = {"Host": self.host, "User-Agent": "portal-rehearsal", **(headers or {})}
        if self.target != "nginx":
            headers.setdefault("X-Forwarded-Proto", "https")
            headers.setdefault("X-Forwarded-For", "127.0.0.1")
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if files:
            body, content_type = multipart(data or {}, files)
            headers["Content-Type"] = content_type
        elif data is not None:
            body = urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if method == "POST":
            headers.setdefault("Origin", f"https://{HOST}")
        started = time.monotonic()
        connection = self.connection()
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            content = raw.read()
            response_headers = {}
            for name, value in raw.getheaders():
                name = name.lower()
                response_headers[name] = f"{response_headers[name]}, {value}" if name in response_headers else value
                if name == "set-cookie":
                    cookie = value.split(";", 1)[0]
                    cookie_name, _, cookie_value = cookie.partition("=")
                    if cookie_value:
                        self.cookies[cookie_name.strip()] = cookie_value.strip()
                    else:
                        self.cookies.pop(cookie_name.strip(), None)
        finally:
            connection.close()
        return Response(raw.status, response_headers, content, started, time.monotonic())

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)

    def log_in_to_the_admin(self):
        """The password, then the second factor from the administrator's authenticator app (enrolled for the
        rehearsal as the second-factor page would)."""
        page = self.get("/vi/admin/login/")
        fields = form_fields(page.text, "login-form")
        username, password = STACK["admin"]
        fields.update(username=[username], password=[password], next=["/vi/admin/"])
        answer = self.post("/vi/admin/login/", data=fields)
        assert answer.status == 302 and "sessionid" in self.cookies, answer.text[:500]
        device = enrolled_device(get_user_model().objects.get(username=username))
        page = self.get("/vi/admin/second-factor/?next=/vi/admin/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        answer = self.post(
            "/vi/admin/second-factor/?next=/vi/admin/",
            data={"csrfmiddlewaretoken": token, "token": current_code(device)},
        )
        assert answer.status == 302, answer.text[:500]
        assert self.get("/vi/admin/").status == 200
        return self

    def admin_save(self, change_path, form_id, changes, files=None):
        """Open an admin change (or add) page, change some fields, save; the redirect's response."""
        page = self.get(change_path)
        assert page.status == 200, (change_path, page.status)
        fields = form_fields(page.text, form_id)
        for name, value in changes.items():
            fields[name] = value if isinstance(value, list) else [value]
        fields["_save"] = ["Save"]
        answer = self.post(change_path, data=fields, files=files)
        assert answer.status == 302, (change_path, answer.status, errors(answer.text))
        return answer


def errors(html):
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)[:5]


def multipart(data, files):
    boundary = secrets.token_hex(16)
    out = io.BytesIO()
    for name, values in data.items():
        for value in values if isinstance(values, list) else [values]:
            out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
            out.write(str(value).encode() + b"\r\n")
    for name, (filename, content, content_type) in files.items():
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n".encode()
        )
        out.write(content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def photo(size=(2400, 1350)):
    image = Image.new("RGB", size, (31, 77, 58))
    for x in range(0, size[0], size[0] // 12):
        image.paste((224, 164, 58), (x, size[1] // 3, x + 40, size[1] // 2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def media_paths(html):
    """Every uploaded file a page links, as paths under /media/."""
    return set(re.findall(r"(/media/[^\s\"',<>]+)", html))


def wait_until(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"{what}: not within {seconds} s")


class Redis:
    """The stack's Redis, which a test may stop and start again on the same port."""

    def stop(self):
        subprocess.run(["redis-cli", "-p", str(PORTS["redis"]), "shutdown", "nosave"], capture_output=True, timeout=10)
        wait_until(lambda: not port_open(PORTS["redis"]), 10, "Redis stopping")

    def start(self):
        log = open(Path(STACK["work"]) / "redis-restarted.log", "ab")  # noqa: SIM115 (the server keeps it)
        subprocess.Popen(STACK["redis_command"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(lambda: port_open(PORTS["redis"]), 10, "Redis starting")


def port_open(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
