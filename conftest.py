"""Shared test data: a small park, built through the models (no fixtures files)."""

import gc
import os
import shutil
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY

from accounts.policy import second_factor_required
from accounts.testing import enrolled_device
from core.batch import batched
from core.builders import add_all, create_all
from pages.models import BoardContact, Page, PageSection
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from translations.models import TranslationRecord

VERIFIED = date(2026, 10, 1)


def pytest_configure(config):
    # Tests log users in by the hundred: hash their passwords the fast way (never in the settings of the site).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The static files collected for serving (`make bench`, `make lighthouse`, a deployment) are not the tests':
    # whitenoise reads the whole of STATIC_ROOT each time a test client loads the site, which made the suite a
    # third slower once they were there. The tests have none (whitenoise's "No directory at" warning is ignored).
    settings.STATIC_ROOT = settings.BASE_DIR / "var" / "tests-have-no-collected-static-files"
    # A test run makes objects by the million, nearly all freed as soon as they are unused: the garbage collector
    # looks for cycles less often than its defaults (700, 10, 10), which are made for small programs.
    gc.set_threshold(50_000, 20, 20)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """The test database; then what the process keeps until it ends (Django, the apps, the URLs, the templates) is
    frozen out of the garbage collector's way, so that a full collection does not go through it again each time."""
    gc.collect()
    gc.freeze()


def build_park(scale=1):
    """A park with three phases; `scale` multiplies every list the public pages show (what the saves' receivers
    derive is worked out once, at the end, as the demo loader does). The objects of each list are saved together
    (core.builders); portal/tests/test_builders.py checks that saving them one by one makes the same."""
    with batched():
        return _build_park(scale)


def _build_park(scale):
    park = Park.objects.create(
        name_vi="Khu công nghiệp Thanh Bình",
        name_en="Thanh Binh Industrial Park",
        tagline_vi="Đất sạch, hạ tầng đồng bộ",
        tagline_en="Clean land, complete infrastructure",
        description_vi="Khu công nghiệp ở tỉnh Thái Nguyên.",
        description_en="An industrial park in Thai Nguyen province.",
        address_vi="Tỉnh Thái Nguyên (xã Thanh Bình cũ, huyện Chợ Mới cũ, tỉnh Bắc Kạn cũ)",
        address_en="Thai Nguyen province (former Thanh Binh commune, former Cho Moi district, former Bac Kan province)",
        operator_vi="Ban Quản lý Khu công nghiệp Thanh Bình",
        operator_en="Management Board of Thanh Binh Industrial Park",
        total_area_ha=Decimal("153"),
        average_monthly_income_vnd=6_000_000,
        year_opened=2007,
        verified_on=VERIFIED,
        email="board@example.com",
        phone="+84 209 000 000",
    )
    sectors = create_all(
        Sector(name_vi=f"Chế biến nông sản {i}", name_en=f"Agricultural processing {i}", order=i)
        for i in range(7 * scale)
    )
    phases = create_all(
        Phase(
            park=park,
            name_vi=name_vi,
            name_en=name_en,
            order=index,
            area_ha=Decimal(area),
            status=status,
            verified_on=VERIFIED,
        )
        for index, (name_vi, name_en, area, status) in enumerate(
            [
                ("Giai đoạn I", "Phase I", "73.5", Phase.Status.FULLY_LEASED),
                ("Mở rộng giai đoạn I", "Phase I extension", "51", Phase.Status.PLANNED),
                ("Giai đoạn II", "Phase II", "80.3", Phase.Status.UNDER_CONSTRUCTION),
            ]
        )
    )
    add_all(Phase.priority_sectors, dict.fromkeys(phases, sectors))
    zones = create_all(
        Zone(
            phase=phase,
            code=f"{index}-{z}",
            name_vi=f"Khu nhà máy {z}",
            name_en=f"Factory zone {z}",
            land_use=Zone.LandUse.FACTORY,
            area_ha=Decimal("10"),
        )
        for index, phase in enumerate(phases)
        for z in range(2 * scale)
    )
    plots = create_all(
        Plot(
            zone=zone,
            code=f"P{zone.code}-{p}",
            area_m2=10000 + p,
            verified_on=VERIFIED,
            status=[Plot.Status.AVAILABLE, Plot.Status.RESERVED, Plot.Status.LEASED][p],
            lease_price=Decimal("50000"),
        )
        for zone in zones
        for p in range(3)
    )
    add_all(Plot.allowed_sectors, dict.fromkeys(plots, sectors[:2]))
    create_all(
        Incentive(
            category=Incentive.Category.TAX,
            title_vi=f"Ưu đãi thuế {i}",
            title_en=f"Tax incentive {i}",
            summary_vi="Miễn thuế",
            summary_en="Tax exemption",
            legal_basis_vi="Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ",
            legal_basis_en="Decree No. 103/2024/ND-CP of 30 July 2024 of the Government",
            verified_on=VERIFIED,
            order=i,
        )
        for i in range(5 * scale)
    )
    create_all(
        Infrastructure(
            park=park, kind=Infrastructure.Kind.POWER, title_vi=f"Điện {i}", title_en=f"Power {i}", verified_on=VERIFIED
        )
        for i in range(5 * scale)
    )
    create_all(
        Connection(
            park=park,
            destination_vi=f"Hà Nội {i}",
            destination_en=f"Hanoi {i}",
            distance_km=Decimal("160"),
            verified_on=VERIFIED,
        )
        for i in range(5 * scale)
    )
    create_all(
        BoardContact(name=f"Nguyễn Văn {i}", position_vi="Trưởng phòng", position_en="Head", order=i)
        for i in range(5 * scale)
    )
    pages = create_all(
        Page(title_vi=f"Trang {layout} {i}", title_en=f"Page {layout} {i}", layout=layout)
        for layout in Page.Layout.values
        for i in range(scale)
    )
    create_all(
        PageSection(page=page, heading_vi=f"Bước {s}", heading_en=f"Step {s}", body_vi="Nội dung", body_en="Text")
        for page in pages
        for s in range(4)
    )
    return park


def _transactional(module):
    marks = getattr(module, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return any(mark.name == "django_db" and mark.kwargs.get("transaction") for mark in marks)


class ModuleData:
    """Data built once per test module, inside a transaction that is rolled back after the module.

    Each test runs in a savepoint inside it (pytest-django's `db`), so what a
    test changes is undone for the next. Tests that commit (browser tests,
    `transaction=True` on the module) cannot run inside it: there `build` runs
    per test instead, and `ModuleData.shared` is False.
    """

    def __init__(self, blocker, shared):
        self.blocker = blocker
        self.shared = shared

    def build(self, build):
        """Run `build()` in the module's transaction (from a module-scoped fixture); None where not shared."""
        if not self.shared:
            return None
        with self.blocker.unblock():
            result = build()
            # The module's data counts as committed before its tests: nothing it asked to run after a commit
            # is left waiting for the tests' commits (django_capture_on_commit_callbacks sees only the test's own).
            connection.run_on_commit = []
        return result

    @contextmanager
    def built(self, build):
        """`build()` as `build` runs it, in a savepoint that is rolled back when the block ends; None where not
        shared. For data built once per value of a module-scoped parameter (`parametrize(..., scope="module")`):
        a module-scoped fixture yields inside the block, and one value's data is gone before the next is built."""
        if not self.shared:
            yield None
            return
        with self.blocker.unblock():
            savepoint = transaction.atomic()
            savepoint.__enter__()
        try:
            yield self.build(build)
        finally:
            with self.blocker.unblock():
                transaction.set_rollback(True)
                savepoint.__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_data(request, django_db_setup, django_db_blocker):
    if _transactional(request.module):
        yield ModuleData(django_db_blocker, shared=False)
        return
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield ModuleData(django_db_blocker, shared=True)
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def _module_park(module_data):
    return module_data.build(lambda: build_park().pk)


@pytest.fixture
def park(_module_park, db):
    """The test park (build_park), built once per module where the module's tests do not commit."""
    if _module_park is None:
        return build_park()
    return Park.objects.get(pk=_module_park)


@pytest.fixture
def empty_site(db):
    """No park and no content, for a test that starts from an empty database or builds its own park.

    What the module's park put in is deleted inside the test's savepoint, so it is back for the next test.
    """
    for model in (Plot, Zone, Phase, Park, Sector, Incentive, Page, BoardContact, TranslationRecord):
        model.objects.all().delete()


@pytest.fixture
def big_park(empty_site):
    return build_park(scale=10)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language(settings):
    """Each test starts in the default language: a request to /en/ must not leak English into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _forced_login_is_a_whole_login(monkeypatch):
    """`client.force_login(user)` stands for a whole log-in: the password and, where the account needs one, the
    second factor. The second factor itself is tested through the real log-in pages (accounts/tests)."""
    original = Client.force_login

    def force_login(client, user, backend=None):
        original(client, user, backend)
        if second_factor_required(user):
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = enrolled_device(user).persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Tests see every response fresh; the page and render caches have tests of their own
    (portal/tests/test_page_cache.py, portal/tests/test_render_cache.py)."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.RENDER_CACHE_SECONDS = 0


# Chromium reads only the last --disable-features switch, so the one given here repeats Playwright's own list
# (Playwright 1.65, chromiumSwitches.ts) before adding to it.
PLAYWRIGHT_DISABLED_FEATURES = [
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
]
# Headless Chromium builds the address bar's suggestion popups as web pages in every new window (each browser
# context): a renderer process that loads and lays out a page no test looks at, for every context.
BROWSER_CHROME_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"]


def chromium_path():
    return shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skipped (or failed on CI) when it is not installed."""
    path = chromium_path()
    if path is None:
        message = "Chromium is not installed: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls in the test are safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-features=" + ",".join(PLAYWRIGHT_DISABLED_FEATURES + BROWSER_CHROME_FEATURES),
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started after the test database is made, so that it is stopped (its requests
    ended, their connections closed) before the database is dropped: PostgreSQL waits 5 s for another session on
    a database before it refuses to drop it. Where a worker's first test used the browser, the server was
    started first and stopped last."""
    return live_server


@pytest.fixture
def page(browser, live_server):
    """A Chromium page on the live server that records every failed request, request to another host,
    script error and console error (Content-Security-Policy violations among them) in `page.problems`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    live_host = urlsplit(live_server.url).netloc

    def on_request(request):
        host = urlsplit(request.url).netloc
        if request.url.startswith(("http:", "https:")) and host != live_host:
            page.problems.append(f"request to another host: {request.url}")

    page.on("request", on_request)
    page.on("requestfailed", lambda request: page.problems.append(f"failed: {request.url} {request.failure}"))
    page.on(
        "response",
        lambda response: response.status >= 400 and page.problems.append(f"{response.status}: {response.url}"),
    )
    page.on("pageerror", lambda error: page.problems.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error" and page.problems.append(f"console: {message.text}"))
    yield page
    context.close()
