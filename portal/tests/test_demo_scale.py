"""`manage.py load_demo --scale N`: the demo multiplied for measuring, on a database that holds nothing else, and
taken back to its own size without losing its files."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.test.utils import override_settings

from news.demo import POSTS
from news.models import Document, Post, PostPhoto
from parks.demo import PLOTS, ZONES
from parks.models import Park, Plot, Zone
from portal.management.commands.load_demo import COUNTED
from projects.demo import PROJECTS
from projects.models import Investor

# What --scale multiplies; the rest (the park, its phases, sectors, pages, documents) there is one of.
VERIFIED = date(2026, 10, 1)
MULTIPLIED = ["zones", "plots", "investors", "projects", "news posts", "news photos"]


def counts():
    return {label: model._default_manager.count() for label, model in COUNTED}


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def _scale_two(module_data, demo_media):
    def build():
        with override_settings(MEDIA_ROOT=demo_media):
            load_demo("--scale", "2")
        return counts()

    return module_data.build(build)


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def scale_two(_scale_two, db):
    """The counts of the demo loaded at --scale 2, in the module's database."""
    return _scale_two


def other_park():
    return Park.objects.create(
        name_vi="Khu công nghiệp Hòa Bình",
        name_en="Hoa Binh Industrial Park",
        total_area_ha=Decimal("120"),
        verified_on=VERIFIED,
    )


def referenced_files():
    """Every file the rows of the database point at: photos, their resized versions, documents, logos."""
    names = []

    def add(field_file, renditions):
        if field_file:
            names.append(field_file.name)
        for item in (renditions or {}).get("items", []):
            names.extend(item[kind] for kind in ("webp", "jpeg") if item.get(kind))

    for post in Post.objects.all():
        add(post.cover, post.cover_renditions)
    for photo in PostPhoto.objects.all():
        add(photo.image, photo.renditions)
    for investor in Investor.objects.all():
        add(investor.logo, investor.logo_renditions)
    for document in Document.objects.all():
        names += [field_file.name for field_file in (document.file_vi, document.file_en) if field_file]
    return names


def test_scale_two_doubles_the_demo_and_scale_one_takes_the_copies_away(scale_two, django_capture_on_commit_callbacks):
    # What is deleted goes from the storage once the deletion commits.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        output = load_demo("--scale", "1")
    assert callbacks and "copies removed" in output
    one = counts()
    assert (one["zones"], one["plots"], one["projects"], one["news posts"]) == (
        len(ZONES),
        len(PLOTS),
        len(PROJECTS),
        len(POSTS),
    )
    assert {label: scale_two[label] for label in MULTIPLIED} == {label: 2 * one[label] for label in MULTIPLIED}
    assert {label: count for label, count in scale_two.items() if label not in MULTIPLIED} == {
        label: count for label, count in one.items() if label not in MULTIPLIED
    }
    # The copies shared the demo's photos: the demo's own rows still find every file they point at.
    files = referenced_files()
    assert len(files) > 20
    missing = [name for name in files if not default_storage.exists(name)]
    assert missing == []


@pytest.mark.parametrize("other", ["park", "plot"])
def test_scale_refuses_a_database_that_holds_data_not_the_demos(scale_two, other):
    if other == "park":
        other_park()
        named = "Khu công nghiệp Hòa Bình"
    else:
        Plot.objects.create(
            zone=Zone.objects.order_by("pk").first(), code="HB-07", area_m2=12_000, verified_on=VERIFIED
        )
        named = "HB-07"
    before = counts()
    with pytest.raises(CommandError) as refused:
        load_demo("--scale", "3")
    message = str(refused.value)
    assert "holds data the demo did not make" in message and named in message and "--force" in message
    assert counts() == before


def test_force_scales_a_database_that_holds_other_data(scale_two):
    other_park()
    output = load_demo("--scale", "2", "--force")
    assert output.startswith("Demo content: parks 2,")
    # The copies are found again, not made twice; at the same scale a run changes nothing.
    assert "(this run: 0 created, 0 updated," in output
    assert counts() == {**scale_two, "parks": 2}


@pytest.mark.parametrize("scale", ["0", "51", "x", "-1"])
def test_a_scale_outside_one_to_fifty_is_refused(scale_two, scale):
    before = counts()
    with pytest.raises(CommandError, match="--scale"):
        load_demo("--scale", scale)
    assert counts() == before
