"""core.reversing: the remembered URL is Django's, in every language, URLconf and script prefix."""

import pytest
from django.template import engines
from django.test import RequestFactory
from django.urls import NoReverseMatch, clear_script_prefix, path, set_script_prefix
from django.urls import reverse as django_reverse
from django.utils import translation

from core.reversing import reverse
from core.templatetags.remembered_urls import RememberedURLNode

urlpatterns = [path("elsewhere/<slug:slug>/", lambda request: None, name="page")]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_same_url_as_django_in_each_language(language):
    with translation.override(language):
        for name, kwargs in [("portal:park", None), ("parks:plot", {"code": "A1-01"}), ("news:documents", None)]:
            expected = django_reverse(name, kwargs=kwargs)
            assert expected.startswith(f"/{language}/")
            assert reverse(name, kwargs=kwargs) == expected
            assert reverse(name, kwargs=kwargs) == expected  # remembered


def test_another_urlconf_script_prefix_or_argument_is_another_url(settings):
    with translation.override("en"):
        assert reverse("parks:plot", kwargs={"code": "A1-01"}) != reverse("parks:plot", kwargs={"code": "A1-02"})
        set_script_prefix("/portal/")
        try:
            assert reverse("portal:park") == "/portal/en/park/"
        finally:
            clear_script_prefix()
        assert reverse("portal:park") == "/en/park/"
        settings.ROOT_URLCONF = __name__
        assert reverse("page", kwargs={"slug": "x"}) == "/elsewhere/x/"
        with pytest.raises(NoReverseMatch):
            reverse("portal:park")


def test_an_unknown_name_is_an_error_every_time():
    for _attempt in range(2):
        with pytest.raises(NoReverseMatch):
            reverse("portal:no-such-page")


def test_the_url_tag_reverses_through_it():
    request = RequestFactory().get("/en/")
    template = engines["django"].from_string(
        "{% url 'parks:plot' code=code %}|{% url 'portal:park' as park_url %}{{ park_url }}|"
        "{% url 'portal:nowhere' as missing %}[{{ missing }}]"
    )
    assert {type(node) for node in template.template.nodelist if "URL" in type(node).__name__} == {RememberedURLNode}
    with translation.override("en"):
        assert template.render({"code": "B1-01"}, request) == "/en/park/plots/B1-01/|/en/park/|[]"
