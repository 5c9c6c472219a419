"""`manage.py load_demo`: load or refresh the demo content of every app, in the order they stand on each other."""

from django.core.management.base import BaseCommand

from news.demo import load_demo_news
from news.models import Category, Document, Post, PostPhoto
from pages.demo import load_demo_pages
from pages.models import BoardContact, Page, PageSection
from parks.demo import load_demo_park
from parks.demo_shapes import apply_demo_shapes
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from projects.demo import load_demo_projects
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


class Command(BaseCommand):
    help = "Create or update the demo content (park, phases, zones, plots, sectors, incentives, contacts, pages)."

    def handle(self, *args, **options):
        result = load_demo_park()
        result["updated"] += apply_demo_shapes()
        for loader in (load_demo_pages, load_demo_projects, load_demo_news):
            for key, value in loader().items():
                result[key] += value
        existing = ", ".join(f"{label} {model._default_manager.count()}" for label, model in COUNTED)
        self.stdout.write(
            f"Demo content: {existing} "
            f"(this run: {result['created']} created, {result['updated']} updated, {result['unchanged']} unchanged)."
        )
