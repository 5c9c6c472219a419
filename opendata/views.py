"""The open data page (every dataset, its formats, licence, last change and data dictionary) and the
DCAT-US catalogue (/data.json) that data portals harvest."""

from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.generic import TemplateView

from core.i18n import default_language, language_name, target_languages
from opendata.catalogue import DATASETS
from opendata.models import DatasetChange
from parks.api import open_data
from parks.models import Park


def absolute_in(request, url_name, language):
    """The absolute address of an open data URL, in `language` (the default language needs no ?lang=)."""
    url = request.build_absolute_uri(reverse(url_name))
    return url if language == default_language() else f"{url}?lang={language}"


def last_changes():
    return dict(DatasetChange.objects.values_list("key", "changed_at"))


class OpenDataView(TemplateView):
    template_name = "opendata/page.html"

    def get_context_data(self, **kwargs):
        language = translation.get_language()
        changes = last_changes()
        datasets = [
            {
                "dataset": dataset,
                "changed_at": changes.get(dataset.key),
                "distributions": [
                    (distribution, absolute_in(self.request, distribution.url_name, language))
                    for distribution in dataset.distributions
                ],
            }
            for dataset in DATASETS
        ]
        return super().get_context_data(
            datasets=datasets,
            license_name=settings.OPEN_DATA_LICENSE_NAME,
            license_url=settings.OPEN_DATA_LICENSE_URL,
            catalogue_url=absolute_in(self.request, "catalogue", language),
            # "?lang=en (English), ?lang=ko (Korean)": every language but the default one.
            language_parameters=", ".join(f"?lang={code} ({language_name(code)})" for code in target_languages()),
            **kwargs,
        )


@open_data
def catalogue(request, language):
    """DCAT-US 1.1 (Project Open Data) catalogue of every dataset, in the language asked for."""
    park = Park.objects.first()
    changes = last_changes()
    with translation.override(language):
        page = request.build_absolute_uri(reverse("opendata:page"))
    publisher = {"@type": "org:Organization", "name": park.operator if park else gettext("Thanh Binh Industrial Park")}
    contact = {"@type": "vcard:Contact", "fn": publisher["name"]}
    if park and park.email:
        contact["hasEmail"] = f"mailto:{park.email}"
    datasets = []
    for dataset in DATASETS:
        entry = {
            "@type": "dcat:Dataset",
            "identifier": f"{page}#{dataset.key}",
            "title": str(dataset.title),
            "description": str(dataset.description),
            "keyword": list(dataset.keywords),
            "publisher": publisher,
            "contactPoint": contact,
            "accessLevel": "public",
            "license": settings.OPEN_DATA_LICENSE_URL,
            "landingPage": f"{page}#{dataset.key}",
            "describedBy": f"{page}#{dataset.key}-fields",
            "language": [language],
            "distribution": [
                {
                    "@type": "dcat:Distribution",
                    "title": f"{dataset.title} ({distribution.format})",
                    "format": distribution.format,
                    "mediaType": distribution.media_type,
                    "downloadURL": absolute_in(request, distribution.url_name, language),
                }
                for distribution in dataset.distributions
            ],
        }
        changed = changes.get(dataset.key)
        if changed is not None:
            entry["modified"] = timezone.localtime(changed).isoformat(timespec="seconds")
        datasets.append(entry)
    return JsonResponse(
        {
            "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            "@id": request.build_absolute_uri(),
            "@type": "dcat:Catalog",
            "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
            "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
            "dataset": datasets,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
