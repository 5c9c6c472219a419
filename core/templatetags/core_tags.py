from django import template
from django.conf import settings
from django.db.models import Model
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext

from core import render_cache
from core.freshness import is_overdue
from core.i18n import current_language, default_language, has_text, text_language
from core.icons import ICONS
from core.reversing import reverse

register = template.Library()


def _url_in(code, request, obj, url_method="get_absolute_url"):
    with translation.override(code):
        if isinstance(obj, Model) and hasattr(obj, url_method):
            return getattr(obj, url_method)()
        match = getattr(request, "resolver_match", None)
        if match and match.view_name:
            try:
                return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                pass
        return reverse("portal:home")


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language: the same object, not the same path."""
    request = context.get("request")
    obj = context.get("object")
    title_field = getattr(obj, "translation_title_field", None) if obj is not None else None
    active = current_language()
    # A page whose state is its query string (a shortlist) keeps it in the other languages.
    query = context.get("alternate_query")
    alternates = []
    for code, name in settings.LANGUAGES:
        url = _url_in(code, request, obj, context.get("object_url_method") or "get_absolute_url")
        alternates.append(
            {
                "code": code,
                "name": name,
                "url": f"{url}?{query}" if query else url,
                "is_current": code == active,
                "has_text": title_field is None or has_text(obj, title_field, code),
            }
        )
    return alternates


@register.simple_tag
def x_default_url(alternates):
    """The language-neutral address (it redirects by the browser's language), as the sitemap gives it."""
    default = next(alt for alt in alternates if alt["code"] == default_language())
    return "/" + default["url"].removeprefix(f"/{default_language()}/")


@register.simple_tag
def lang_attr(obj, field):
    """` lang="vi"` where the text shown for `field` falls back to another language."""
    code = text_language(obj, field)
    if code == current_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def is_fallback(obj, field):
    return text_language(obj, field) != current_language()


@register.simple_tag
def icon(name, label=""):
    """An inline SVG icon; decorative unless given a label."""
    path = ICONS.get(name, ICONS["dot"])
    if label:
        return format_html(
            '<svg class="icon" viewBox="0 0 24 24" role="img" aria-label="{}"><title>{}</title>{}</svg>',
            label,
            label,
            mark_safe(path),
        )
    return format_html(
        '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{}</svg>', mark_safe(path)
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    request = context.get("request")
    path = path if path is not None else (request.path if request else "/")
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL + path


def _compact_number(number):
    """One decimal at most, none when it is zero, in the active locale's separators."""
    rounded = round(number, 1)
    if rounded == int(rounded):
        return number_format(int(rounded), force_grouping=True)
    return number_format(rounded, decimal_pos=1, force_grouping=True)


@register.filter
def vnd(value):
    """A VND amount as a reader scans it: "6 triệu đồng", "VND 390 billion"."""
    if value in (None, ""):
        return ""
    amount = int(value)
    if amount >= 1_000_000_000:
        return gettext("VND %(amount)s billion") % {"amount": _compact_number(amount / 1_000_000_000)}
    if amount >= 1_000_000:
        return gettext("VND %(amount)s million") % {"amount": _compact_number(amount / 1_000_000)}
    return gettext("VND %(amount)s") % {"amount": number_format(amount, force_grouping=True)}


@register.filter
def currency_unit(code):
    """A currency as a price per m² names it: "VND/m²/year" in English, "đồng/m²/năm" in Vietnamese."""
    if code == "VND":
        return pgettext("the currency in a price per m²", "VND")
    return code


class CachedBlockNode(template.Node):
    """What `{% cached_block %}` encloses, rendered once per content version and kept in the shared cache."""

    def __init__(self, name, per_path, nodelist):
        self.name, self.per_path, self.nodelist = name, per_path, nodelist
        render_cache.declare_part(name, per_path)

    def render(self, context):
        request = context.get("request")
        if request is None or not render_cache.applies(request) or context.get("preview"):
            return self.nodelist.render(context)
        if self.per_path and context.get("alternate_query"):
            # The language switcher keeps a query that is the page's state (a shortlist): not a part of the path.
            return self.nodelist.render(context)
        parts = render_cache.stored_parts(request)
        if parts is None:
            return self.nodelist.render(context)
        key = render_cache.part_key(self.name, request, self.per_path)
        if key in parts:
            return mark_safe(parts[key])
        html = self.nodelist.render(context)
        render_cache.store_part(request, key, str(html))
        return html


@register.tag
def cached_block(parser, token):
    """{% cached_block "name" [per_path] %}…{% endcached_block %}: what it encloses depends on nothing but public
    content, the language and the address (with the query parameters the view reads; `per_path`: without the
    query), so it is rendered once per content version and reused, for every visitor, until content changes.
    Off where RENDER_CACHE_SECONDS is 0 or the cache does not answer, for a request other than GET and HEAD, on a
    page its view says is the visitor's own (`per_visitor`), and once the visitor's session was read (see
    core.render_cache)."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and bits[2] != "per_path"):
        raise template.TemplateSyntaxError('Use {% cached_block "name" %} or {% cached_block "name" per_path %}.')
    nodelist = parser.parse(("endcached_block",))
    parser.delete_first_token()
    return CachedBlockNode(bits[1].strip("\"'"), len(bits) == 3, nodelist)


@register.simple_tag
def to_confirm(verified_on):
    """Beside a last-verified date: "to be confirmed with the Board" once the figure is older than the setting allows."""
    if not is_overdue(verified_on):
        return ""
    return format_html('<span class="to-confirm">{} {}</span>', icon("info"), gettext("to be confirmed with the Board"))
