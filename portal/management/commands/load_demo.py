"""`manage.py load_demo`: load or refresh the demo content (no user accounts)."""

from django.core.management.base import BaseCommand

from news.demo import load_demo_news
from news.models import Category, Document, Post, PostPhoto
from parks.demo_shapes import apply_demo_shapes
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from portal.demo import load_demo_content
from portal.models import BoardContact, Page, PageSection
from projects.demo import load_demo_projects
from projects.models import InvestmentTarget, Investor, Project


class Command(BaseCommand):
    help = "Create or update the demo content (park, phases, zones, plots, sectors, incentives, contacts, pages)."

    def handle(self, *args, **options):
        result = load_demo_content()
        result["updated"] += apply_demo_shapes()
        for key, value in load_demo_projects().items():
            result[key] += value
        for key, value in load_demo_news().items():
            result[key] += value
        counts = [
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
        existing = ", ".join(f"{label} {model._default_manager.count()}" for label, model in counts)
        self.stdout.write(
            f"Demo content: {existing} "
            f"(this run: {result['created']} created, {result['updated']} updated, {result['unchanged']} unchanged)."
        )
