"""Settings read from the environment, each case read afresh from portal/settings.py.

The settings module is read once per process by Django, so each case is read
by one helper process that runs the module anew per environment (one process
for every case, not one per case). Django itself is started for real (`manage.py
check`, the WSGI module) in a fresh process per case, forked from one that has
imported Django and the libraries already, so that each start costs only the
start.
"""

import json
import os
import secrets
import subprocess
import sys
import unicodedata

import pytest
from django.conf import settings

# Variables the settings module reads; each case starts with none of them set.
SETTINGS_VARIABLES = ("DATABASE_URL", "REDIS_URL", "DEMO_PASSWORD")

# Reads one environment per line (JSON) and answers with the settings it gives, or the error that stops start-up.
READER = r"""
import json, os, runpy, sys
base = dict(os.environ)
for line in sys.stdin:
    os.environ.clear()
    os.environ.update(base)
    os.environ.update(json.loads(line))
    try:
        s = runpy.run_path(sys.argv[1])
    except Exception as error:
        answer = {"error": f"{type(error).__name__}: {error}"}
    else:
        db, cache = s["DATABASES"]["default"], s["CACHES"]["default"]
        answer = {
            "DEBUG": str(s["DEBUG"]),
            "ENGINE": db["ENGINE"],
            "NAME": str(db["NAME"]),
            "HOST": db.get("HOST", ""),
            "CACHE": cache["BACKEND"],
            "CACHE_LOCATION": cache.get("LOCATION", ""),
            "ALLOWED_HOSTS": ",".join(s["ALLOWED_HOSTS"]),
            "LANGUAGES": s["LANGUAGES"],
            "LANGUAGE_CODE": s["LANGUAGE_CODE"],
            "MODELTRANSLATION_DEFAULT_LANGUAGE": s["MODELTRANSLATION_DEFAULT_LANGUAGE"],
            "MODELTRANSLATION_FALLBACK_LANGUAGES": s["MODELTRANSLATION_FALLBACK_LANGUAGES"],
        }
    print(json.dumps(answer), flush=True)
"""


# Starts Django once per environment (one JSON line each: {"env": ..., "argv": [...]} for manage.py, or
# {"env": ..., "wsgi": true}) in a child forked from this process, which has imported the libraries but not the
# settings; answers with the child's exit code and output.
STARTER = r"""
import contextlib, io, json, os, sys, traceback
import django, django.core.management, django.core.wsgi, django.db.models, django.contrib.admin, django.test
import PIL.Image, brotli, psycopg2, redis
# The libraries the apps and the production settings (S3 storage) import, as far as they load without settings.
import boto3, dj_database_url, fpdf, nh3, pypdf, pythonjsonlogger.json, segno, storages.backends.s3, whitenoise.middleware
import gc
# What is imported stays for good: the children's garbage collector leaves it alone (and its memory shared).
gc.freeze()
base = dict(os.environ)
for line in sys.stdin:
    case = json.loads(line)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.environ.clear()
        os.environ.update(base)
        os.environ.update(case["env"])
        out, err, code = io.StringIO(), io.StringIO(), 0
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                if case.get("wsgi"):
                    import portal.wsgi
                else:
                    django.core.management.execute_from_command_line(["manage.py", *case["argv"]])
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
                if isinstance(exit.code, str):
                    err.write(exit.code)
            except BaseException:
                traceback.print_exc(file=err)
                code = 1
        with os.fdopen(write, "w") as answer:
            answer.write(json.dumps({"returncode": code, "stdout": out.getvalue(), "stderr": err.getvalue()}))
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        result = answer.read()
    os.waitpid(pid, 0)
    print(result, flush=True)
"""


def clean_environment(**environment):
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("DJANGO_") and name not in SETTINGS_VARIABLES
    }
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    env.update(environment)
    return env


@pytest.fixture(scope="module")
def reader():
    process = subprocess.Popen(
        [sys.executable, "-c", READER, str(settings.BASE_DIR / "portal" / "settings.py")],
        cwd=settings.BASE_DIR,
        env=clean_environment(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    yield process
    process.stdin.close()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def starter():
    process = subprocess.Popen(
        [sys.executable, "-c", STARTER],
        cwd=settings.BASE_DIR,
        env=clean_environment(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    yield process
    process.stdin.close()
    process.wait(timeout=30)


class Started:
    def __init__(self, answer):
        self.returncode, self.stdout, self.stderr = answer["returncode"], answer["stdout"], answer["stderr"]


@pytest.fixture
def start(starter):
    """start("check", "--deploy", **environment) runs manage.py; start(wsgi=True, **environment) loads the WSGI
    module; each in a new process with `environment` (and no other of the settings' variables)."""

    def run_case(*argv, wsgi=False, **environment):
        case = {"env": clean_environment(**environment), "argv": list(argv), "wsgi": wsgi}
        starter.stdin.write(json.dumps(case) + "\n")
        starter.stdin.flush()
        return Started(json.loads(starter.stdout.readline()))

    return run_case


@pytest.fixture
def settings_for(reader):
    """The settings the module gives with `environment` set (and no other of its variables), or {"error": ...}."""

    def read(**environment):
        reader.stdin.write(json.dumps(environment) + "\n")
        reader.stdin.flush()
        return json.loads(reader.stdout.readline())

    return read


def test_production_without_secret_key_stops_start_up(settings_for):
    error = settings_for(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="kcnthanhbinh.vn")["error"]
    assert error.startswith("ImproperlyConfigured")
    assert "DJANGO_SECRET_KEY" in error


def test_production_with_empty_secret_key_stops_start_up(settings_for):
    error = settings_for(DJANGO_DEBUG="false", DJANGO_SECRET_KEY="")["error"]
    assert "DJANGO_SECRET_KEY" in error


def test_production_without_allowed_hosts_stops_start_up(settings_for):
    error = settings_for(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60)["error"]
    assert error.startswith("ImproperlyConfigured")
    assert "DJANGO_ALLOWED_HOSTS" in error
    assert "DJANGO_SECRET_KEY must" not in error


def documented_production_environment():
    """The variables of deploy/portal.env.example, the CHANGE values filled in as an operator would."""
    environment = {}
    for line in (settings.BASE_DIR / "deploy" / "portal.env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            environment[name.strip()] = value.strip()
    environment["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    return {name: ("a-password" if value == "CHANGE" else value) for name, value in environment.items()}


def test_production_with_the_documented_variables_passes_the_deploy_checks_without_a_warning(start):
    result = start("check", "--deploy", **documented_production_environment())
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output


def test_production_without_a_shared_cache_refuses_the_page_cache(start):
    environment = documented_production_environment()
    del environment["REDIS_URL"]
    result = start("check", **environment)
    assert result.returncode != 0
    assert "portal.E001" in result.stderr and "REDIS_URL" in result.stderr
    # Without the page cache it starts, warned that the inquiry limits count per process.
    without_page_cache = start("check", **{**environment, "DJANGO_PAGE_CACHE_SECONDS": "0"})
    assert without_page_cache.returncode == 0
    assert "portal.W001" in without_page_cache.stderr + without_page_cache.stdout


def test_production_refuses_the_console_email_backend(start):
    environment = documented_production_environment()
    result = start("check", **environment, DJANGO_EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend")
    assert result.returncode != 0
    assert "portal.E002" in result.stderr


def test_the_app_server_will_not_load_with_a_failing_check(start):
    environment = documented_production_environment()
    del environment["REDIS_URL"]
    result = start(wsgi=True, **environment)
    assert result.returncode != 0
    assert "portal.E001" in result.stderr


def test_production_settings_values(settings_for):
    values = settings_for(
        DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60, DJANGO_ALLOWED_HOSTS=" kcnthanhbinh.vn , www.kcnthanhbinh.vn ,"
    )
    assert values["DEBUG"] == "False"
    assert values["ALLOWED_HOSTS"] == "kcnthanhbinh.vn,www.kcnthanhbinh.vn"


def test_development_defaults(settings_for):
    values = settings_for()
    assert values["DEBUG"] == "True"
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["NAME"].endswith("db.sqlite3")
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert "testserver" in values["ALLOWED_HOSTS"].split(",")


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_database_url_selects_postgresql(settings_for, scheme):
    values = settings_for(DATABASE_URL=f"{scheme}://portal:secret@db.internal:5432/thanhbinh")
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert values["NAME"] == "thanhbinh"
    assert values["HOST"] == "db.internal"


def test_redis_url_selects_the_redis_cache(settings_for):
    values = settings_for(REDIS_URL="redis://cache.internal:6379/1")
    # Django's Redis cache, made to fail soft (core/cache.py).
    assert values["CACHE"] == "core.cache.ResilientRedisCache"
    assert values["CACHE_LOCATION"] == "redis://cache.internal:6379/1"


def test_no_redis_url_keeps_the_local_memory_cache(settings_for):
    values = settings_for(REDIS_URL="")
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize("value", [None, "", " "])
def test_languages_default_to_vietnamese_and_english(settings_for, value):
    values = settings_for(**({} if value is None else {"DJANGO_LANGUAGES": value}))
    assert values["LANGUAGES"] == [["vi", "Tiếng Việt"], ["en", "English"]]
    # Precomposed letters (NFC), as every Vietnamese text of the site: Django's own spelling has combining marks.
    assert unicodedata.is_normalized("NFC", values["LANGUAGES"][0][1])
    assert values["LANGUAGE_CODE"] == values["MODELTRANSLATION_DEFAULT_LANGUAGE"] == "vi"
    assert values["MODELTRANSLATION_FALLBACK_LANGUAGES"] == ["vi"]


def test_a_third_language_is_a_setting_named_as_django_names_it(settings_for):
    values = settings_for(DJANGO_LANGUAGES=" vi, en ,ja,zh-hans ")
    assert values["LANGUAGES"] == [["vi", "Tiếng Việt"], ["en", "English"], ["ja", "日本語"], ["zh-hans", "简体中文"]]
    assert values["LANGUAGE_CODE"] == values["MODELTRANSLATION_DEFAULT_LANGUAGE"] == "vi"
    # Without English, too: Vietnamese and Korean.
    assert settings_for(DJANGO_LANGUAGES="vi,ko")["LANGUAGES"] == [["vi", "Tiếng Việt"], ["ko", "한국어"]]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("en,vi", "must list vi first"),
        ("vi", "at least one other language"),
        ("vi,en,en", "each once"),
        ("vi,en,xx", "xx is not a language code Django knows"),
        ("vi,EN", "EN is not a language code Django knows"),
        ("vi,zh-tw", "zh-tw is not a language code Django knows"),  # an alias Django maps to zh-hant
        ("vi,en,<script>", "<script> is not a language code"),
    ],
)
def test_a_wrong_language_list_stops_start_up_with_a_message(settings_for, value, message):
    error = settings_for(DJANGO_LANGUAGES=value)["error"]
    assert error.startswith("ImproperlyConfigured: DJANGO_LANGUAGES")
    assert message in error
