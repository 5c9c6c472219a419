"""The demo's texts follow the site's languages: Vietnamese and English where the site has them, none in others."""

from core.demo import both_languages, demo_languages
from core.i18n import localized_values

VIETNAMESE = ("vi", "Tiếng Việt")


def test_a_further_language_gets_no_demo_text(settings):
    settings.LANGUAGES = [VIETNAMESE, ("en", "English"), ("ko", "한국어")]
    assert demo_languages() == ["vi", "en"]
    assert both_languages(name=("Lô đất", "Plot"), notes=("Ghi chú", "")) == {
        "name_vi": "Lô đất",
        "name_en": "Plot",
        "notes_vi": "Ghi chú",
        "notes_en": "",
    }


def test_a_site_without_english_gets_the_vietnamese_only(settings):
    settings.LANGUAGES = [VIETNAMESE, ("ja", "日本語")]
    assert demo_languages() == ["vi"]
    assert both_languages(name=("Lô đất", "Plot")) == {"name_vi": "Lô đất"}


def test_column_names_are_built_as_modeltranslation_builds_them(settings):
    settings.LANGUAGES = [VIETNAMESE, ("en", "English"), ("zh-hans", "简体中文")]
    texts = {"vi": "Lô đất", "zh-hans": "地块", "fr": "Parcelle"}
    # "zh-hans" is zh_hans in a column's name; a language the site does not have is left out.
    assert localized_values("name", texts) == {"name_vi": "Lô đất", "name_zh_hans": "地块"}
