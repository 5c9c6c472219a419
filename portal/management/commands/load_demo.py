"""`manage.py load_demo`: load or refresh the demo content of every app, in the order they stand on each other."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.batch import batched
from core.demo import COPY_SUFFIX
from news.demo import POSTS, load_demo_news
from news.demo_scale import remove_news_copies, scale_demo_news
from news.models import Category, Document, Post, PostPhoto
from pages.demo import load_demo_pages
from pages.models import BoardContact, Page, PageSection
from parks.demo import PARK, PHASES, PLOTS, ZONES, load_demo_park
from parks.demo_scale import remove_park_copies, scale_demo_park
from parks.demo_shapes import apply_demo_shapes
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from projects.demo import PROJECTS, load_demo_projects
from projects.demo_scale import remove_project_copies, scale_demo_projects
from projects.models import InvestmentTarget, Investor, Project

COUNTED = [
    ("parks", Park),
    ("phases", Phase),
    ("zones", Zone),
    ("plots", Plot),
    ("sectors", Sector),
    ("infrastructure", Infrastructure),
    ("connections", Connection),
    ("incentives", Incentive),
    ("contacts", BoardContact),
    ("pages", Page),
    ("sections", PageSection),
    ("investors", Investor),
    ("projects", Project),
    ("targets", InvestmentTarget),
    ("news categories", Category),
    ("news posts", Post),
    ("news photos", PostPhoto),
    ("documents", Document),
]


def not_demo():
    """A row this database holds that the demo did not make (a real park, phase, zone, plot, post or project), or
    None."""
    demo = {
        Park: ("name_vi", {PARK["name_vi"]}),
        Phase: ("name_vi", {phase["name_vi"] for phase in PHASES}),
        Zone: ("code", {zone[1] for zone in ZONES}),
        Plot: ("code", {plot[0] for plot in PLOTS}),
        Post: ("slug_vi", {post["slug_vi"] for post in POSTS}),
        Project: ("name_vi", {project["name_vi"] for project in PROJECTS}),
    }
    for model, (field, keys) in demo.items():
        for value in model._default_manager.values_list(field, flat=True):
            if COPY_SUFFIX.sub("", value or "") not in keys:
                return f"{model._meta.verbose_name} {value!r}"
    return None


class Command(BaseCommand):
    help = "Create or update the demo content (park, phases, zones, plots, sectors, incentives, contacts, pages)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the demo's zones, plots, projects and posts this many times, to measure at a larger "
            "size (only on a database that holds nothing but the demo, unless --force).",
        )
        parser.add_argument("--force", action="store_true", help="Scale even though the database holds other data.")

    def handle(self, *args, **options):
        scale = options["scale"]
        if not 1 <= scale <= 50:
            raise CommandError("--scale takes a whole number from 1 to 50.")
        if scale > 1 and not options["force"] and (found := not_demo()):
            raise CommandError(
                f"This database holds data the demo did not make ({found}): --scale multiplies the demo for "
                "measuring and would mix copies into real content. Use a database of its own, or --force."
            )
        # One transaction: a run that fails half-way leaves the database (and its search index) as it was.
        with transaction.atomic(), batched():
            result = load_demo_park()
            if scale == 1:
                # At a larger scale the tiling gives the demo's zones and plots their outlines, shrunk into its
                # first tile: drawing them full size first would change them back and forth on every run.
                result["updated"] += apply_demo_shapes()
            for loader in (load_demo_pages, load_demo_projects, load_demo_news):
                for key, value in loader().items():
                    result[key] += value
            # Copies beyond `scale` are removed (all of them at --scale 1): projects before the plots they stand on.
            steps = [remove_project_copies, remove_park_copies, remove_news_copies]
            if scale > 1:
                steps += [scale_demo_park, scale_demo_projects, scale_demo_news]
            result["removed"] = 0
            for step in steps:
                for key, value in step(scale).items():
                    result[key] += value
        existing = ", ".join(f"{label} {model._default_manager.count()}" for label, model in COUNTED)
        self.stdout.write(
            f"Demo content: {existing} "
            f"(this run: {result['created']} created, {result['updated']} updated, {result['unchanged']} unchanged"
            + (f", {result['removed']} copies removed)." if result["removed"] else ").")
        )
