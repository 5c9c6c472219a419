"""Background tasks that try again: the shared retry rule of every task of the site.

A task that fails because another server is away (the mail server, object
storage) is queued again after TASK_RETRY_DELAY seconds, doubling each time,
up to TASK_RETRIES times, where the backend can run a task later (the
database queue of production). The state of the work is kept on the rows
themselves (an email's "sent at", a photo's renditions), so nothing is lost
when the tries run out: `manage.py run_pending` queues what is still undone.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend

logger = logging.getLogger(__name__)


def retry_later(task, attempt, *args):
    """Queue `task(*args, attempt=attempt + 1)` after the back-off delay; False where it cannot be done later."""
    if attempt >= settings.TASK_RETRIES:
        logger.error("%s%r failed %s times; `manage.py run_pending` will queue it again.", task.name, args, attempt)
        return False
    if not default_task_backend.supports_defer:
        return False
    delay = timedelta(seconds=settings.TASK_RETRY_DELAY * 2 ** (attempt - 1))
    task.using(run_after=timezone.now() + delay).enqueue(*args, attempt=attempt + 1)
    return True
