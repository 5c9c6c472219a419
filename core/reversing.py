"""URL names reversed once per process.

A URL depends on nothing but the URLconf, the script prefix, the active language (the prefix of the address), the
current application's namespace, the name and the arguments: each is worked out once, with Django's `reverse`, and
remembered. A public page reverses some thirty names (the menu, the footer, the language switcher, a link per row
of a table), every one of them the same on the next request.

A URLconf changed while the process runs (a test's ROOT_URLCONF, `clear_url_caches`) is another resolver, so
another key. Arguments other than plain strings and integers (an object whose text could change, a lazy string)
are reversed each time.
"""

from django.urls import get_resolver, get_script_prefix, get_urlconf
from django.urls import reverse as django_reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language

# Some thousands of pages in every language; past it, what is remembered is forgotten and worked out anew.
LIMIT = 10_000
_KEY_TYPES = (str, int, SafeString)
_remembered = {}


def _key_part(values):
    if all(type(value) in _KEY_TYPES for value in values):
        return tuple(values)
    return None


def reverse(viewname, args=None, kwargs=None, current_app=None):
    """django.urls.reverse, remembered (see the module)."""
    if not isinstance(viewname, str):
        return django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
    args_key = _key_part(args) if args else ()
    kwargs_key = (_key_part(kwargs.values()), tuple(kwargs)) if kwargs else ()
    if args_key is None or (kwargs_key and kwargs_key[0] is None):
        return django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
    key = (
        get_resolver(get_urlconf()),
        get_script_prefix(),
        get_language(),
        current_app,
        viewname,
        args_key,
        kwargs_key,
    )
    url = _remembered.get(key)
    if url is None:
        url = django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
        if len(_remembered) >= LIMIT:
            _remembered.clear()
        _remembered[key] = url
    return url
