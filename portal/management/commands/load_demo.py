"""`manage.py load_demo`: load or refresh the demo content (no user accounts)."""

from django.core.management.base import BaseCommand

from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from portal.demo import load_demo_content
from portal.models import BoardContact, Page, PageSection


class Command(BaseCommand):
    help = "Create or update the demo content (park, phases, zones, plots, sectors, incentives, contacts, pages)."

    def handle(self, *args, **options):
        result = load_demo_content()
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
        ]
        existing = ", ".join(f"{label} {model._default_manager.count()}" for label, model in counts)
        self.stdout.write(
            f"Demo content: {existing} "
            f"(this run: {result['created']} created, {result['updated']} updated, {result['unchanged']} unchanged)."
        )
