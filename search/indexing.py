"""Keeping the search index (SearchEntry) in step with the content it finds.

Each kind of result is a `Kind`: the model, the texts it is found by, what a
result shows, and where it stands in the list. An object is indexed when it
is saved (and the objects whose result shows its name: a category's posts, an
investor's projects, a section's page), removed when it is deleted
(search/receivers.py), all in the same transaction as the change.
`rebuild()` indexes everything again (`manage.py rebuild_search_index`).

Inside a `core.batch.batched()` block (a loader saving many objects), what
the saves ask to index is indexed once, at the end of the block.
"""

from dataclasses import dataclass
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.batch import by_model, defer
from core.i18n import default_language, fold, language_codes
from news.models import Document, Post
from pages.models import Page
from parks.models import Sector
from projects.models import Project
from search.models import SearchEntry

SUMMARY_WORDS = 30
FAR_FUTURE = 10**11


def plain(value):
    return unescape(strip_tags(str(value or ""))).strip()


def text(obj, field, code):
    """The text of `field` in language `code`, as the site shows it (the default language's where untranslated)."""
    return (
        getattr(obj, build_localized_fieldname(field, code), None)
        or getattr(obj, build_localized_fieldname(field, default_language()), None)
        or ""
    )


def shown_language(obj, field, code):
    return code if getattr(obj, build_localized_fieldname(field, code), None) else default_language()


def summary(obj, code, *fields):
    for field in fields:
        value = plain(text(obj, field, code))
        if value:
            return Truncator(value).words(SUMMARY_WORDS, truncate=" …")
    return ""


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    model: type
    title_field: str
    summary_fields: tuple
    search_texts: callable  # (obj, code) -> the texts it is found by
    sort_key: callable  # obj -> str
    meta: callable = None  # (obj, code) -> str
    visibility: callable = None  # obj -> (listed, visible_from)

    def queryset(self):
        related = {Post: ("category",), Project: ("investor", "sector")}.get(self.model, ())
        prefetch = ("sections",) if self.model is Page else ()
        return self.model._default_manager.select_related(*related).prefetch_related(*prefetch)


def _texts(*fields):
    return lambda obj, code: [text(obj, field, code) for field in fields]


def _post_visibility(post):
    return post.status == Post.Status.PUBLISHED, post.publish_at


def _page_texts(page, code):
    texts = _texts("title", "menu_title", "summary", "body")(page, code)
    for section in page.sections.all():
        texts += [text(section, "heading", code), text(section, "body", code)]
    return texts


def _project_texts(project, code):
    return [*_texts("name", "products", "description")(project, code), text(project.investor, "name", code)]


def _project_meta(project, code):
    parts = [text(project.investor, "name", code)]
    if project.sector is not None:
        parts.append(text(project.sector, "name", code))
    return " · ".join(part for part in parts if part)


KINDS = [
    Kind(
        key="news",
        label=_("News"),
        model=Post,
        title_field="title",
        summary_fields=("lead", "body"),
        search_texts=_texts("title", "lead", "body", "cover_caption", "source_name"),
        # Newest first.
        sort_key=lambda post: f"{FAR_FUTURE - int(post.publish_at.timestamp()):012d}.{FAR_FUTURE - post.pk:012d}",
        meta=lambda post, code: text(post.category, "name", code),
        visibility=_post_visibility,
    ),
    Kind(
        key="pages",
        label=_("Pages"),
        model=Page,
        title_field="title",
        summary_fields=("summary", "body"),
        search_texts=_page_texts,
        sort_key=lambda page: f"{page.order:06d}.{page.pk:012d}",
    ),
    Kind(
        key="sectors",
        label=_("Priority sectors"),
        model=Sector,
        title_field="name",
        summary_fields=("summary",),
        search_texts=_texts("name", "summary", "description"),
        sort_key=lambda sector: f"{sector.order:06d}.{sector.pk:012d}",
    ),
    Kind(
        key="projects",
        label=_("Investors and projects"),
        model=Project,
        title_field="name",
        summary_fields=("products", "description"),
        search_texts=_project_texts,
        # By the Vietnamese name in every language, as the directory lists them.
        sort_key=lambda project: f"{fold(text(project, 'name', default_language()))[:40]}.{project.pk:012d}",
        meta=_project_meta,
    ),
    Kind(
        key="documents",
        label=_("Documents"),
        model=Document,
        title_field="title",
        summary_fields=("description",),
        search_texts=_texts("title", "description"),
        sort_key=lambda document: (
            f"{document.kind}.{document.order:06d}."
            f"{FAR_FUTURE - int(document.published_on.toordinal() if document.published_on else 0):012d}"
            f".{document.pk:012d}"
        ),
        meta=lambda document, code: _document_kind(document, code),
    ),
]
KIND_BY_MODEL = {kind.model: kind for kind in KINDS}
KIND_ORDER = {kind.key: index for index, kind in enumerate(KINDS)}


def _document_kind(document, code):
    with translation.override(code):
        return str(document.get_kind_display())


def entries_for(obj, kind, content_type):
    listed, visible_from = kind.visibility(obj) if kind.visibility else (True, None)
    sort_key = kind.sort_key(obj)
    entries = []
    for code in language_codes():
        with translation.override(code):
            url = obj.get_absolute_url()
        entries.append(
            SearchEntry(
                kind=kind.key,
                content_type=content_type,
                object_id=obj.pk,
                language=code,
                folded=fold(" ".join(plain(value) for value in kind.search_texts(obj, code))),
                sort_key=sort_key,
                listed=listed,
                visible_from=visible_from,
                title=plain(text(obj, kind.title_field, code))[:300],
                summary=summary(obj, code, *kind.summary_fields),
                meta=(kind.meta(obj, code) if kind.meta else "")[:300],
                url=url,
                text_language=shown_language(obj, kind.title_field, code),
            )
        )
    return entries


def index_objects(model, pks):
    """Index the objects of `model` with these primary keys again (those gone are removed)."""
    if not pks:
        return
    if defer(_index_batch, *((model, pk) for pk in pks)):
        return
    kind = KIND_BY_MODEL[model]
    content_type = ContentType.objects.get_for_model(model)
    objects = list(kind.queryset().filter(pk__in=pks))
    with transaction.atomic():
        SearchEntry.objects.filter(content_type=content_type, object_id__in=pks).delete()
        SearchEntry.objects.bulk_create(
            [entry for obj in objects for entry in entries_for(obj, kind, content_type)], batch_size=500
        )


def _index_batch(items):
    """Index the (model, pk) pairs noted during a `core.batch.batched()` block."""
    for model, pks in by_model(items):
        index_objects(model, pks)


def remove_object(model, pk):
    SearchEntry.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id=pk).delete()


def rebuild():
    """Index every searchable object again; returns how many entries there are."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for kind in KINDS:
            content_type = ContentType.objects.get_for_model(kind.model)
            SearchEntry.objects.bulk_create(
                [entry for obj in kind.queryset() for entry in entries_for(obj, kind, content_type)], batch_size=500
            )
    return SearchEntry.objects.count()
