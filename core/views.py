"""View pieces shared by the apps.

A view hands the template what is costly to work out `deferred`: on a page
whose content part comes from the render cache, it is never worked out.

A view that reads query parameters says which (`query_params` on the class,
`reads_query` on a function): the page cache keys a page on those alone, so
that `?utm_source=…` and other parameters no page reads share one entry.

A view whose page shows what is not public content but one visitor's own (a
subscription reached by its link, an inquiry just sent) says so with
`per_visitor = True` on the class: no part of its page is kept by the render
cache.
"""

from functools import partial

from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import SimpleLazyObject

from core.i18n import by_slug


class TranslatedSlugDetailMixin:
    """Find an object by its slug in any language; redirect to the active language's slug.

    A visitor who arrives with the other language's slug (an old link, a
    switched language prefix) lands on the same object at its canonical URL.
    """

    slug_url_kwarg = "slug"

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        obj = by_slug(queryset, self.kwargs[self.slug_url_kwarg])
        if obj is None:
            raise Http404("No item with this address.")
        return obj

    # The object's method that gives this page's URL: a page about another side
    # of an object (a phase's master plan) names its own.
    url_method = "get_absolute_url"

    def get_context_data(self, **kwargs):
        # The language switcher builds the other languages' URLs with the same method.
        return super().get_context_data(object_url_method=self.url_method, **kwargs)

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.url_slug != self.kwargs[self.slug_url_kwarg]:
            return redirect(getattr(self.object, self.url_method)(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def deferred(function, *args, **kwargs):
    """`function(*args, **kwargs)`, worked out when the template first uses it, once.

    A part of a page served from the render cache (`{% cached_block %}`) never
    asks for it, so the queries and the work behind it are skipped. For objects
    and collections the template reads; a number or a string that a filter
    converts is better passed as it is, or inside an object.
    """
    return SimpleLazyObject(partial(function, *args, **kwargs))


def reads_query(*names):
    """Mark a function view with the query parameters it reads; the page cache keys a page on those only.

    A class-based view lists them in its `query_params` attribute instead.
    """

    def decorate(view):
        view.query_params = tuple(names)
        return view

    return decorate
