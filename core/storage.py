"""Uploaded files in S3-compatible object storage, shared by every app server (DJANGO_MEDIA_STORAGE=s3).

Files are addressed as the site's own MEDIA_URL (/media/…): the proxy in front
of the app servers fetches them from the bucket and adds the headers the site
wants on uploads (deploy/nginx). Documents are stored to be downloaded, not
shown in the browser.
"""

import mimetypes

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

# Where documents are uploaded (news.models.Document): offered as downloads.
ATTACHMENT_PREFIXES = ("documents/",)


class MediaS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(name)

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        content_type = mimetypes.guess_type(name)[0]
        if content_type:
            parameters.setdefault("ContentType", content_type)
        if name.startswith(ATTACHMENT_PREFIXES):
            parameters.setdefault("ContentDisposition", "attachment")
        return parameters
