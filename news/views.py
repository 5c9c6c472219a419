from functools import cache

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.generic import DetailView, ListView

from core.render_cache import per_version
from core.views import TranslatedSlugDetailMixin, deferred
from news.models import Category, Document, Post

RELATED_COUNT = 4
LATEST_COUNT = 5


def public_posts():
    return Post.objects.published().for_lists()


class CountPerVersionMixin:
    """A list whose number of items, which only content changes, is counted once per content version."""

    def count_key(self):
        raise NotImplementedError

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        paginator.count = per_version(self.request, self.count_key(), queryset.count)
        return paginator


class PostListView(CountPerVersionMixin, ListView):
    template_name = "news/post_list.html"
    context_object_name = "posts"
    paginate_by = 12
    query_params = ("page",)
    http_method_names = ["get", "head", "options"]

    def get(self, request, *args, **kwargs):
        # The latest featured post leads the first page; the list below is the others, newest first. Which post
        # it is changes with content only: found once per content version (and only read in templates).
        self.featured = per_version(request, "news:featured", lambda: public_posts().filter(featured=True).first())
        return super().get(request, *args, **kwargs)

    def count_key(self):
        return "news:list-count"

    def get_queryset(self):
        posts = public_posts()
        return posts.exclude(pk=self.featured.pk) if self.featured else posts

    def get_context_data(self, **kwargs):
        context = super().get_context_data(categories=deferred(Category.objects.all), **kwargs)
        context["total"] = context["paginator"].count + (1 if self.featured else 0)
        if context["page_obj"].number == 1:
            context["featured"] = self.featured
        return context


class CategoryPostListView(CountPerVersionMixin, TranslatedSlugDetailMixin, ListView):
    """A category's posts; its slug in any language leads to the canonical address."""

    template_name = "news/post_list.html"
    context_object_name = "posts"
    paginate_by = 12
    query_params = ("page",)
    http_method_names = ["get", "head", "options"]

    def get(self, request, *args, **kwargs):
        self.category = self.get_object(Category.objects.all())
        if self.category.url_slug != self.kwargs[self.slug_url_kwarg]:
            url = self.category.get_absolute_url()
            if request.GET.get("page"):
                url += "?" + request.GET.urlencode()
            return redirect(url, permanent=True)
        return ListView.get(self, request, *args, **kwargs)

    def get_queryset(self):
        return public_posts().filter(category=self.category)

    def count_key(self):
        return f"news:category-count:{self.category.pk}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            category=self.category, object=self.category, categories=deferred(Category.objects.all), **kwargs
        )
        context["total"] = context["paginator"].count
        return context


class PostDetailMixin:
    template_name = "news/post_detail.html"
    context_object_name = "post"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.object
        others = cache(lambda: public_posts().exclude(pk=post.pk))
        context["related_posts"] = deferred(lambda: others().filter(category_id=post.category_id)[:RELATED_COUNT])
        context["latest_posts"] = deferred(lambda: others()[:LATEST_COUNT])
        context["photos"] = deferred(post.photos.all)
        return context


class PostDetailView(PostDetailMixin, TranslatedSlugDetailMixin, DetailView):
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        return public_posts()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.url_slug != self.kwargs["slug"] or self.object.publish_year != self.kwargs["year"]:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def can_preview(user):
    return user.is_active and user.is_staff and user.has_perm("news.view_post")


class PostPreviewView(PostDetailMixin, DetailView):
    """A post as the public will see it, for staff only, whatever its state; never cached, never indexed."""

    http_method_names = ["get", "head", "options"]

    def get_object(self, queryset=None):
        if not can_preview(self.request.user):
            raise Http404("No item with this address.")
        return get_object_or_404(Post.objects.for_lists(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class DocumentListView(ListView):
    template_name = "news/document_list.html"
    context_object_name = "documents"
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        return Document.objects.all()
