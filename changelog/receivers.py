"""Signal receivers of the change log, wired in ChangelogConfig.ready()."""

from changelog.services import record_versions


def revision_saved(sender, revision, versions, **kwargs):
    record_versions(versions)
