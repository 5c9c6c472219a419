"""What counts as public content, and the signal that says it changed.

Pages cached for visitors (portal/page_cache.py) and anything else derived
from public content listen to `content_changed`. Saves, deletes and
many-to-many changes of the models of CONTENT_APPS send it by themselves
(`connect_model_signals`, from CoreConfig.ready); code that writes public
content without model signals (`QuerySet.update()`) calls
`mark_content_changed()`.
The signal is sent after the transaction commits: a request that starts
after the commit never sees a page made from the old data.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal

# The apps whose models visitors see. Investors' inquiries, plot alert
# subscriptions, translation records, accounts and sessions are not public content.
CONTENT_APPS = ("parks", "projects", "news", "pages", "changelog")

content_changed = Signal()


def is_public_content(model):
    return model._meta.app_label in CONTENT_APPS


def _announce():
    content_changed.send(sender=None)


def mark_content_changed(using=None):
    """Send `content_changed` once the current transaction commits (at once outside a transaction).

    Each change announces itself: a transaction of many changes moves the
    version as often, which costs a counter increment each, after the commit.
    A change in a savepoint that is rolled back is not announced.
    """
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _announce()
        return
    transaction.on_commit(_announce, using=using)


def _model_changed(sender, raw=False, **kwargs):
    if not raw and is_public_content(sender):
        mark_content_changed(using=kwargs.get("using"))


def connect_model_signals():
    """Saves, deletes and many-to-many changes of public content announce themselves (from CoreConfig.ready)."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"core.content.{signal}")
