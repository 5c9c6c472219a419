"""Site search over news, content pages, sectors, projects and documents, in the visitor's language.

Forgiving of Vietnamese diacritics: the query and the texts are compared as
folded keys (lower case, marks stripped, đ -> d: core.i18n.fold), so "dau tu"
finds "Đầu tư" and "Đầu tư" finds "dau tu". The texts are folded once, when
the content is saved, into the search index (search.models.SearchEntry), and
a search is one query on it: each word of the query must be in an entry's
folded text (on PostgreSQL a trigram index answers that, see the migrations).
The first results of each kind come back with what the page shows of them.
"""

from dataclasses import dataclass, field

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from core.i18n import current_language, fold
from search.indexing import KINDS
from search.models import SearchEntry

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
RESULTS_PER_SOURCE = 10


def search_terms(query):
    """The distinct folded words of a query, at most MAX_TERMS."""
    terms = []
    for term in fold(query).split():
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


@dataclass
class SearchGroup:
    source: object  # the search.indexing.Kind: its key and label
    results: list = field(default_factory=list)
    more: bool = False


def search(query, limit=RESULTS_PER_SOURCE, now=None):
    """(groups, terms): the first `limit` results of each kind for `query`, in the order the site lists them."""
    terms = search_terms(query)
    if not terms:
        return [], terms
    entries = SearchEntry.objects.visible(now or timezone.now()).filter(language=current_language())
    for term in terms:
        entries = entries.filter(folded__contains=term)
    first = entries.annotate(place=Window(RowNumber(), partition_by=F("kind"), order_by=F("sort_key").asc())).filter(
        place__lte=limit + 1
    )
    rows = first.values("kind", "place", "title", "summary", "meta", "url", "text_language").order_by(
        "kind", "sort_key"
    )
    found = {}
    for row in rows:
        found.setdefault(row["kind"], []).append(row)
    groups = []
    for kind in KINDS:
        results = found.get(kind.key, [])
        groups.append(SearchGroup(source=kind, results=results[:limit], more=len(results) > limit))
    return groups, terms
