from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView

from core.views import TranslatedSlugDetailMixin, deferred, reads_query
from projects import exports
from projects.forms import ProjectFilterForm
from projects.models import InvestmentTarget, Project
from projects.stats import park_statistics


class ForgivingPaginationMixin:
    """`?page=abc` shows the first page and `?page=99999` the last, each with a note; never a 404 or a 500."""

    page_notice = ""

    def paginate_queryset(self, queryset, page_size):
        paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
        raw = self.request.GET.get(self.page_kwarg, "")
        try:
            number = int(raw) if raw else 1
        except ValueError:
            number = 1
            self.page_notice = _("“%(page)s” is not a page number; this is the first page.") % {"page": raw[:20]}
        if number < 1:
            number = 1
            self.page_notice = _("Page numbers start at 1; this is the first page.")
        elif number > paginator.num_pages:
            number = paginator.num_pages
            self.page_notice = _("There is no page %(page)s; this is the last page, page %(last)s.") % {
                "page": raw[:20],
                "last": number,
            }
        page = paginator.page(number)
        return paginator, page, page.object_list, page.has_other_pages()


class ProjectListView(ForgivingPaginationMixin, ListView):
    template_name = "projects/project_list.html"
    context_object_name = "projects"
    paginate_by = 20
    query_params = (*ProjectFilterForm.base_fields, "page")

    def get(self, request, *args, **kwargs):
        self.form = ProjectFilterForm(request.GET, request=request)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.form.apply(Project.objects.for_listing())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.form.canonical_query()
        page = context["page_obj"]
        context.update(
            page_numbers=page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            form=self.form,
            messages_for_filters=self.form.error_messages(),
            page_notice=self.page_notice,
            page_query=urlencode(query),
            export_query=urlencode(query),
            stats=deferred(park_statistics),
            # A page that corrected the visitor's address is not one for search engines.
            noindex=bool(self.form.errors or self.page_notice),
        )
        return context


class ProjectDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.select_related("investor", "sector", "phase", "plot__zone")


class TargetListView(ListView):
    template_name = "projects/targets.html"
    context_object_name = "targets"

    def get_queryset(self):
        return InvestmentTarget.objects.with_progress()

    def get_context_data(self, **kwargs):
        return super().get_context_data(this_year=timezone.localdate().year, **kwargs)


@require_GET
@cache_control(public=True, max_age=600)
@reads_query(*ProjectFilterForm.base_fields)
def export_csv(request):
    return exports.csv_response(request, ProjectFilterForm(request.GET, request=request))


@require_GET
@cache_control(public=True, max_age=600)
@reads_query(*ProjectFilterForm.base_fields)
def export_json(request):
    return exports.json_response(request, ProjectFilterForm(request.GET, request=request))
