from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Index every searchable object again (news, pages, sectors, projects, documents, in every language)."

    def handle(self, *args, **options):
        self.stdout.write(f"Search index: {rebuild()} entries.")
