"""Site search over news, content pages, sectors and documents, in the visitor's language.

Forgiving of Vietnamese diacritics: the query and the texts are compared as
folded keys (lower case, marks stripped, đ -> d), so "dau tu" finds "Đầu tư"
and "Đầu tư" finds "dau tu". Two ways to get at the folded text, both plain
SQL that SQLite and PostgreSQL run alike:

- news posts, which grow without bound, keep their folded text per language in
  a column filled on save (`Post.search_index`), and the database filters on it;
- the small, bounded sets (content pages, sectors, documents: tens of rows) are
  folded in Python over at most `PYTHON_FOLD_LIMIT` candidates, which needs no
  extra column in those apps.

Each kind of result is a `SearchSource` built in `build_sources()`; adding a
kind is one entry there. Each source costs one query.
"""

from dataclasses import dataclass, field
from html import unescape as unescape_entities

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.i18n import current_language, fold, text_language
from news.models import Document, Post
from pages.models import Page
from parks.models import Sector
from projects.models import Project

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
RESULTS_PER_SOURCE = 10
PYTHON_FOLD_LIMIT = 500


def search_terms(query):
    """The distinct folded words of a query, at most MAX_TERMS."""
    terms = []
    for term in fold(query).split():
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def _value(obj, path):
    """The value at a dotted path ("investor.name") or of a function of the object; "" where a link is missing."""
    if callable(path):
        return path(obj)
    for name in path.split("."):
        obj = getattr(obj, name, None)
        if obj is None:
            return ""
    return obj


def _plain(value):
    return unescape_entities(strip_tags(value or "")).strip()


@dataclass
class Result:
    title: str
    url: str
    summary: str = ""
    language: str = ""  # the language of the text shown, when it is not the page's
    meta: str = ""


@dataclass
class SearchSource:
    """One kind of thing to search.

    `queryset` returns what the public may see. With `index_field`, the
    database filters on that JSON field's folded text for the active language;
    otherwise the texts in `fields` (attribute paths, or functions of the
    object) are folded in Python over a bounded candidate set.
    """

    key: str
    label: str
    queryset: callable
    to_result: callable
    fields: tuple = ()
    index_field: str = ""

    def search(self, terms, limit=RESULTS_PER_SOURCE):
        """(results, more): at most `limit` results, and whether there were more."""
        queryset = self.queryset()
        if self.index_field:
            language = current_language()
            for term in terms:
                queryset = queryset.filter(**{f"{self.index_field}__{language}__icontains": term})
            rows = list(queryset[: limit + 1])
        else:
            rows = []
            for obj in queryset[:PYTHON_FOLD_LIMIT]:
                key = fold(" ".join(_plain(str(_value(obj, path))) for path in self.fields))
                if all(term in key for term in terms):
                    rows.append(obj)
                    if len(rows) > limit:
                        break
        return [self.to_result(obj) for obj in rows[:limit]], len(rows) > limit


@dataclass
class SearchGroup:
    source: SearchSource
    results: list = field(default_factory=list)
    more: bool = False


def _summary(obj, name, words=30):
    return Truncator(_plain(getattr(obj, name, ""))).words(words, truncate=" …")


def _post_result(post):
    return Result(
        title=post.title,
        url=post.get_absolute_url(),
        summary=_summary(post, "lead") or _summary(post, "body"),
        language=text_language(post, "title"),
        meta=post.category.name,
    )


def _page_result(page):
    return Result(
        title=page.title,
        url=page.get_absolute_url(),
        summary=_summary(page, "summary") or _summary(page, "body"),
        language=text_language(page, "title"),
    )


def _sector_result(sector):
    return Result(
        title=sector.name,
        url=sector.get_absolute_url(),
        summary=_summary(sector, "summary"),
        language=text_language(sector, "name"),
    )


def _document_result(document):
    return Result(
        title=document.title,
        url=document.get_absolute_url(),
        summary=_summary(document, "description"),
        language=text_language(document, "title"),
        meta=document.get_kind_display(),
    )


def _project_result(project):
    return Result(
        title=project.name,
        url=project.get_absolute_url(),
        summary=_summary(project, "products") or _summary(project, "description"),
        language=text_language(project, "name"),
        meta=" · ".join(str(part) for part in (project.investor, project.sector) if part),
    )


def _page_sections_text(page):
    return " ".join(f"{section.heading} {section.body}" for section in page.sections.all())


def build_sources():
    """Every source, in the order the results page shows them."""
    sources = [
        SearchSource(
            key="news",
            label=_("News"),
            queryset=lambda: Post.objects.published().select_related("category"),
            to_result=_post_result,
            index_field="search_index",
        ),
        SearchSource(
            key="pages",
            label=_("Pages"),
            queryset=lambda: Page.objects.prefetch_related("sections"),
            to_result=_page_result,
            fields=("title", "menu_title", "summary", "body", _page_sections_text),
        ),
        SearchSource(
            key="sectors",
            label=_("Priority sectors"),
            queryset=lambda: Sector.objects.all(),
            to_result=_sector_result,
            fields=("name", "summary", "description"),
        ),
    ]
    sources.append(
        SearchSource(
            key="projects",
            label=_("Investors and projects"),
            queryset=lambda: Project.objects.select_related("investor", "sector"),
            to_result=_project_result,
            fields=("name", "investor.name", "products", "description"),
        )
    )
    sources.append(
        SearchSource(
            key="documents",
            label=_("Documents"),
            queryset=lambda: Document.objects.all(),
            to_result=_document_result,
            fields=("title", "description"),
        )
    )
    return sources


def search(query):
    """(groups, terms): the results of every source for `query`."""
    terms = search_terms(query)
    if not terms:
        return [], terms
    groups = []
    for source in build_sources():
        results, more = source.search(terms)
        groups.append(SearchGroup(source=source, results=results, more=more))
    return groups, terms
