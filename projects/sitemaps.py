from core.sitemaps import I18nSitemap
from projects.models import Project


class ProjectSitemap(I18nSitemap):
    priority = 0.6

    def items(self):
        return Project.objects.all()

    def lastmod(self, item):
        return item.verified_on
