"""The stylesheets: each page links base.css, then the sheet of its section (home, plots, news...), and nothing it
has no use for; every rule a page's classes call for is in a sheet the page links; base.css keeps only what pages
of more than one section use; the fonts it names are preloaded, and draw every letter of Vietnamese.

The pages are those of the demo (load_demo), in each language, in the states that show most of their parts:
a filtered finder, a form with errors, search results, a change in the log, an alert's confirmation."""

import io
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import reversion
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from fontTools.ttLib import TTFont

from alerts.models import Subscription
from alerts.services import confirmation_token, unsubscribe_token
from core.testing import parse
from news.models import Category, Post
from pages.models import Page
from parks.models import Incentive, Phase, Plot, Sector
from projects.models import Project

pytestmark = pytest.mark.django_db

CSS = Path(settings.BASE_DIR) / "static" / "css"
BASE = "css/base.css"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def selectors(sheet):
    """Each selector of a sheet (a comma-separated group counts as several), at-rules left out."""
    text = re.sub(r"/\*.*?\*/", "", (CSS / sheet).read_text(), flags=re.S)
    found = []
    for group in re.findall(r"([^{}]+)\{", text):
        group = group.strip()
        if not group.startswith("@"):
            found += [part.strip() for part in group.split(",")]
    return found


def classes(selector):
    return frozenset(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", selector))


SELECTORS = {f"css/{path.name}": selectors(path.name) for path in CSS.glob("*.css")}
SHEETS = {sheet: [classes(selector) for selector in found] for sheet, found in SELECTORS.items()}


def rules_called_for(page_classes):
    """{sheet: its selectors whose every class is on the page}."""
    called = {}
    for sheet, rules in SHEETS.items():
        for rule, selector in zip(rules, SELECTORS[sheet], strict=True):
            if rule and rule <= page_classes:
                called.setdefault(sheet, []).append(selector)
    return called


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    settings.MEDIA_ROOT = demo_media


def _demo():
    call_command("load_demo", stdout=io.StringIO())
    # A change in the public log: a plot's price, edited.
    plot = Plot.objects.order_by("code").first()
    with reversion.create_revision():
        plot.save()
    plot.lease_price = (plot.lease_price or Decimal("40000")) + 1000
    with reversion.create_revision():
        plot.save()
    return Subscription.objects.create(email="sato@example.jp", consented_at=timezone.now())


def page_requests(language, subscription):
    """(label, method, address, data) of the pages checked, in `language`."""
    with translation.override(language):
        phase = Phase.objects.get(name_en="Phase II")
        available = Plot.objects.filter(status="available").order_by("code").first()
        shortlist = "&".join(
            f"plot={code}" for code in Plot.objects.order_by("code").values_list("code", flat=True)[:3]
        )
        posts = Post.objects.published().order_by("-publish_at")
        query = "đầu tư" if language == "vi" else "investment"
        requests = [
            (name, "get", reverse(name), {})
            for name in (
                "portal:home",
                "portal:park",
                "parks:infrastructure",
                "parks:sectors",
                "parks:incentives",
                "parks:checker",
                "parks:finder",
                "parks:compare",
                "news:list",
                "news:documents",
                "search:search",
                "projects:list",
                "projects:targets",
                "pages:contact",
                "inquiries:inquiry",
                "inquiries:privacy",
                "inquiries:sent",
                "alerts:subscribe",
                "alerts:sent",
                "changelog:list",
                "opendata:page",
            )
        ]
        requests += [
            ("finder, filtered", "get", reverse("parks:finder"), {"status": "available", "min_area": "20000"}),
            ("finder, wrong input", "get", reverse("parks:finder"), {"min_area": "many"}),
            ("compare, three plots", "get", f"{reverse('parks:compare')}?{shortlist}", {}),
            (
                "checker, answered",
                "get",
                reverse("parks:checker"),
                {"sector": Sector.objects.first().pk, "capital": "120000000000", "workers": "250", "high_tech": "on"},
            ),
            ("search, results", "get", reverse("search:search"), {"q": query}),
            ("phase", "get", phase.get_absolute_url(), {}),
            ("phase plan", "get", phase.get_plan_url(), {}),
            ("plot", "get", available.get_absolute_url(), {}),
            ("plot, leased", "get", Plot.objects.filter(status="leased").first().get_absolute_url(), {}),
            ("sector", "get", Sector.objects.order_by("order").first().get_absolute_url(), {}),
            ("incentive", "get", Incentive.objects.first().get_absolute_url(), {}),
            ("news category", "get", reverse("news:category", args=[Category.objects.first().slug]), {}),
            ("project", "get", Project.objects.first().get_absolute_url(), {}),
            ("projects, filtered", "get", reverse("projects:list"), {"status": "operating"}),
            ("inquiry about a plot", "get", reverse("inquiries:inquiry"), {"plot": available.code}),
            ("inquiry with errors", "post", reverse("inquiries:inquiry"), {"contact_name": ""}),
            ("alert with errors", "post", reverse("alerts:subscribe"), {"email": "not an address"}),
            ("alert confirmation", "get", reverse("alerts:confirm", args=[confirmation_token(subscription)]), {}),
            ("alert removal", "get", reverse("alerts:unsubscribe", args=[unsubscribe_token(subscription)]), {}),
            ("alert link broken", "get", reverse("alerts:confirm", args=["broken"]), {}),
            ("not found", "get", f"/{language}/no-such-page/", {}),
        ]
        requests += [(f"post {post.pk}", "get", post.get_absolute_url(), {}) for post in posts]
        requests += [(f"page {page.pk}", "get", page.get_absolute_url(), {}) for page in Page.objects.all()]
    return requests


def render(subscription):
    """{label: (template, linked sheets, preloaded files, classes on the page)} of every page checked, in every
    language."""
    client = Client()
    found = {}
    for language in LANGUAGES:
        for label, method, address, data in page_requests(language, subscription):
            response = getattr(client, method)(address, data)
            assert response.status_code in (200, 400, 404), (label, response.status_code)
            html = parse(response.content)
            links = html.find_all("link")
            prefix = settings.STATIC_URL
            sheets = [
                link.attrs["href"].removeprefix(prefix) for link in links if link.attrs.get("rel") == "stylesheet"
            ]
            preloads = [link.attrs["href"].removeprefix(prefix) for link in links if link.attrs.get("rel") == "preload"]
            used = frozenset(name for element in html.iter() for name in element.classes)
            found[f"{language}: {label}"] = (response.templates[0].name, sheets, preloads, used)
    translation.activate(settings.LANGUAGE_CODE)
    return found


@pytest.fixture(scope="module")
def _pages(module_data, demo_media):
    # The demo is loaded and its pages are read once for the module: the tests only look at what they showed.
    def build():
        with override_settings(MEDIA_ROOT=demo_media, PAGE_CACHE_SECONDS=0, RENDER_CACHE_SECONDS=0):
            return render(_demo())

    return module_data.build(build)


@pytest.fixture
def pages(_pages):
    return _pages


def test_each_page_links_base_css_first_then_only_sheets_that_exist(pages):
    for label, (_template, sheets, _preloads, _used) in pages.items():
        assert sheets[0] == BASE, label
        assert len(sheets) == len(set(sheets)), label
        for sheet in sheets:
            assert finders.find(sheet), (label, sheet)


def test_every_rule_a_page_calls_for_is_in_a_sheet_it_links(pages):
    missing = {}
    for label, (_template, sheets, _preloads, used) in pages.items():
        for sheet, rules in rules_called_for(used).items():
            if sheet not in sheets:
                missing[label] = (sheet, rules)
    assert missing == {}


def test_a_template_links_no_section_sheet_its_pages_have_no_use_for(pages):
    """Judged per template: a page shows some parts only in some states (the checker's answers, a page's layout)."""
    linked, called = {}, {}
    for template, sheets, _preloads, used in pages.values():
        linked.setdefault(template, set()).update(set(sheets) - {BASE})
        called.setdefault(template, set()).update(rules_called_for(used))
    assert {
        template: sheets - called[template] for template, sheets in linked.items() if sheets - called[template]
    } == {}


def test_a_section_sheet_only_styles_its_own_classes():
    """Rules on plain elements (body, h2, table) would reach every page: they belong in base.css."""
    for sheet, rules in SHEETS.items():
        if sheet != BASE:
            assert all(rules), sheet


def test_base_css_holds_no_class_only_one_section_uses(pages):
    """A class of base.css that the pages of only one section use goes to that section's sheet. (Classes no page
    of the demo shows, such as the not-yet-translated notice, are not counted.)"""
    sections_of = {}
    for _template, sheets, _preloads, used in pages.values():
        section = " ".join(sheets[1:])
        for name in used:
            sections_of.setdefault(name, set()).add(section)
    base_classes = set().union(*SHEETS[BASE])
    only_one = {name: sections_of[name] for name in base_classes if len(sections_of.get(name, ())) == 1}
    assert only_one == {}


def font_faces():
    text = (CSS / "base.css").read_text()
    return [
        (int(re.search(r"font-weight:\s*(\d+)", face).group(1)), re.search(r'url\("\.\./([^"]+)"\)', face).group(1))
        for face in re.findall(r"@font-face\s*\{([^}]*)\}", text)
    ]


def test_every_page_preloads_the_fonts_base_css_names_and_no_other(pages):
    fonts = sorted(path for _weight, path in font_faces())
    assert len(fonts) == 3
    for label, (_template, _sheets, preloads, _used) in pages.items():
        assert sorted(preloads) == fonts, label


def vietnamese_letters():
    vowels = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    letters = {unicodedata.normalize("NFC", vowel + tone) for vowel in vowels for tone in tones}
    letters |= {"đ", *"bcdghklmnpqrstvx"}
    return letters | {letter.upper() for letter in letters}


def test_each_font_file_draws_every_vietnamese_letter():
    letters = vietnamese_letters()
    assert len(letters) == 2 * (12 * 6 + 17)
    for weight, path in font_faces():
        file = finders.find(path)
        assert file, path
        font = TTFont(file)
        assert font["OS/2"].usWeightClass == weight, path
        drawn = font.getBestCmap()
        assert sorted(letter for letter in letters if ord(letter) not in drawn) == [], path
