"""The public change log: a page per language, filterable by kind, and its Atom feed."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.views.generic import ListView

from changelog.models import ChangeEntry
from changelog.presentation import describe

FEED_LENGTH = 50


def public_entries(kind=None):
    entries = ChangeEntry.objects.public().select_related("content_type").prefetch_related("subject")
    return entries.filter(kind=kind) if kind else entries


class ChangeLogView(ListView):
    """Every public change of the figures, newest first; `?kind=` keeps one kind."""

    template_name = "changelog/list.html"
    paginate_by = 50
    query_params = ("kind", "page")

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("kind", "")
        self.kind = kind if kind in ChangeEntry.Kind.values else ""
        self.unknown_kind = bool(kind) and not self.kind
        response = super().get(request, *args, **kwargs)
        if self.unknown_kind:
            # The whole log is shown with a note; the address itself was wrong.
            response.status_code = 400
        return response

    def get_queryset(self):
        return public_entries(self.kind)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [describe(entry) for entry in context["object_list"]]
        context["kinds"] = ChangeEntry.Kind.choices
        context["kind"] = self.kind
        context["unknown_kind"] = self.unknown_kind
        return context


class ChangeLogFeed(Feed):
    """The change log as an Atom feed, in the language of the address."""

    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=300"
        return response

    def title(self):
        return gettext("Changes to the figures · %(site)s") % {"site": gettext("Thanh Binh Industrial Park")}

    def subtitle(self):
        return gettext(
            "Plot status and prices, the park's key figures, phases and incentives: what changed and when, "
            "from the Board's records."
        )

    def link(self):
        return reverse("changelog:list")

    def feed_url(self):
        return reverse("changelog:feed")

    def items(self):
        return [describe(entry) for entry in public_entries()[:FEED_LENGTH]]

    def item_title(self, row):
        return row.title

    def item_description(self, row):
        return row.kind_label

    def item_link(self, row):
        return f"{reverse('changelog:list')}#change-{row.pk}"

    def item_guid(self, row):
        return f"tag:thanh-binh-ip,2026:changes/{row.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, row):
        return row.changed_at

    def item_updateddate(self, row):
        return row.changed_at

    def item_categories(self, row):
        return [row.kind_label]
