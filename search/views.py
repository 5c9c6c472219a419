from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.views import deferred
from search.query import MAX_QUERY_LENGTH, search, search_terms


def found(query):
    """The groups with results, and how many results they hold together."""
    groups = [group for group in search(query)[0] if group.results]
    return {"groups": groups, "total": sum(len(group.results) for group in groups)}


class SearchView(TemplateView):
    template_name = "search/search.html"
    query_params = ("q",)
    http_method_names = ["get", "head", "options"]

    def get(self, request, *args, **kwargs):
        query = request.GET.get("q", "")
        if not isinstance(query, str):
            query = ""
        query = query.strip()
        context = {"query": query[:MAX_QUERY_LENGTH], "max_length": MAX_QUERY_LENGTH}
        status = 200
        if not query:
            context["message"] = _("Type a word or two to search the site, with or without Vietnamese accents.")
        elif len(query) > MAX_QUERY_LENGTH:
            context["message"] = _("The search is too long. Use at most %(max)s characters.") % {
                "max": MAX_QUERY_LENGTH
            }
            context["is_error"] = True
            status = 400
        elif not search_terms(query):
            context["message"] = _("There is no word to search for in “%(query)s”. Use letters or numbers.") % {
                "query": query
            }
            context["is_error"] = True
        else:
            context["found"] = deferred(found, query)
        response = self.render_to_response(self.get_context_data(**context))
        response.status_code = status
        return response
