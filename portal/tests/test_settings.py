"""Settings read from the environment, each case in a fresh interpreter (settings load once per process)."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

# Variables the settings module reads; each test starts with none of them set.
SETTINGS_VARIABLES = ("DATABASE_URL", "REDIS_URL", "DEMO_PASSWORD")

PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print('DEBUG', s.DEBUG); "
    "print('ENGINE', s.DATABASES['default']['ENGINE']); "
    "print('NAME', s.DATABASES['default']['NAME']); "
    "print('HOST', s.DATABASES['default'].get('HOST', '')); "
    "print('CACHE', s.CACHES['default']['BACKEND']); "
    "print('CACHE_LOCATION', s.CACHES['default'].get('LOCATION', '')); "
    "print('ALLOWED_HOSTS', ','.join(s.ALLOWED_HOSTS))"
)


def run(*args, **environment):
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("DJANGO_") and name not in SETTINGS_VARIABLES
    }
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    env.update(environment)
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def printed(result):
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) if " " in line else (line, "") for line in result.stdout.splitlines())


def test_production_without_secret_key_stops_start_up():
    result = run("-c", "import django; django.setup()", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="kcnthanhbinh.vn")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_with_empty_secret_key_stops_start_up():
    result = run("-c", "import django; django.setup()", DJANGO_DEBUG="false", DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_without_allowed_hosts_stops_start_up():
    result = run("-c", "import django; django.setup()", DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr
    assert "DJANGO_SECRET_KEY must" not in result.stderr


def test_production_with_key_and_hosts_starts_and_runs_the_deploy_checks():
    result = run(
        "manage.py",
        "check",
        "--deploy",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-production-secret-key-that-is-long-and-random-enough-0123456789",
        DJANGO_ALLOWED_HOSTS="kcnthanhbinh.vn,www.kcnthanhbinh.vn",
    )
    output = result.stdout + result.stderr
    assert "ImproperlyConfigured" not in output
    assert "Traceback" not in output
    assert "System check identified" in output
    # Warnings are allowed; errors (exit 1) are not.
    assert result.returncode == 0, output


def test_production_settings_values():
    values = printed(
        run(
            "-c",
            PRINT_SETTINGS,
            DJANGO_DEBUG="0",
            DJANGO_SECRET_KEY="x" * 60,
            DJANGO_ALLOWED_HOSTS=" kcnthanhbinh.vn , www.kcnthanhbinh.vn ,",
        )
    )
    assert values["DEBUG"] == "False"
    assert values["ALLOWED_HOSTS"] == "kcnthanhbinh.vn,www.kcnthanhbinh.vn"


def test_development_defaults():
    values = printed(run("-c", PRINT_SETTINGS))
    assert values["DEBUG"] == "True"
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["NAME"].endswith("db.sqlite3")
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert "testserver" in values["ALLOWED_HOSTS"].split(",")


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_database_url_selects_postgresql(scheme):
    values = printed(run("-c", PRINT_SETTINGS, DATABASE_URL=f"{scheme}://portal:secret@db.internal:5432/thanhbinh"))
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert values["NAME"] == "thanhbinh"
    assert values["HOST"] == "db.internal"


def test_redis_url_selects_the_redis_cache():
    values = printed(run("-c", PRINT_SETTINGS, REDIS_URL="redis://cache.internal:6379/1"))
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHE_LOCATION"] == "redis://cache.internal:6379/1"


def test_no_redis_url_keeps_the_local_memory_cache():
    values = printed(run("-c", PRINT_SETTINGS, REDIS_URL=""))
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
