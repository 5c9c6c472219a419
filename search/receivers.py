"""Signal wiring of the search index, connected in SearchConfig.ready(): the index follows every save and
delete of what it finds, in the same transaction."""

from django.db.models.signals import post_delete, post_migrate, post_save

from news.models import Category, Post
from pages.models import PageSection
from parks.models import Sector
from projects.models import Investor, Project
from search.indexing import KIND_BY_MODEL, index_objects, rebuild, remove_object
from search.models import SearchEntry


def _indexed_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_objects(sender, [instance.pk])


def _indexed_deleted(sender, instance, **kwargs):
    remove_object(sender, instance.pk)


def _section_changed(sender, instance, raw=False, **kwargs):
    # A page is found by its sections' texts too.
    if not raw and instance.page_id:
        index_objects(instance.page._meta.model, [instance.page_id])


def _category_saved(sender, instance, raw=False, **kwargs):
    # A post's result names its category.
    if not raw:
        index_objects(Post, list(instance.posts.values_list("pk", flat=True)))


def _investor_saved(sender, instance, raw=False, **kwargs):
    # A project is found by its investor's name, and its result shows it.
    if not raw:
        index_objects(Project, list(instance.projects.values_list("pk", flat=True)))


def _sector_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_objects(Project, list(instance.projects.values_list("pk", flat=True)))


def _build_when_empty(sender, **kwargs):
    """After a migrate, an empty index is built (a database that had content before the search index)."""
    if sender.label == "search" and not SearchEntry.objects.exists():
        rebuild()


def connect_search_index():
    for model in KIND_BY_MODEL:
        post_save.connect(_indexed_saved, sender=model, dispatch_uid=f"search.saved.{model._meta.label}")
        post_delete.connect(_indexed_deleted, sender=model, dispatch_uid=f"search.deleted.{model._meta.label}")
    post_save.connect(_section_changed, sender=PageSection, dispatch_uid="search.section.saved")
    post_delete.connect(_section_changed, sender=PageSection, dispatch_uid="search.section.deleted")
    post_save.connect(_category_saved, sender=Category, dispatch_uid="search.category")
    post_save.connect(_investor_saved, sender=Investor, dispatch_uid="search.investor")
    post_save.connect(_sector_saved, sender=Sector, dispatch_uid="search.sector.projects")
    post_migrate.connect(_build_when_empty, dispatch_uid="search.build_when_empty")
