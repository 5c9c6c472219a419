"""How old a figure may get: past FIGURE_MAX_AGE_MONTHS since its last-verified date it is to be confirmed again.

Every investor-facing figure carries the date the Board last verified it
(`verified_on`). The public pages mark a figure older than the setting "to be
confirmed with the Board" next to that date, and the Board's dashboard lists
every such figure.
"""

import calendar
from datetime import date

from django.conf import settings
from django.utils import timezone


def months_before(day, months):
    """The same day `months` months earlier (the month's last day where it is shorter: 31 March -> 28 February)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def verification_cutoff(today=None):
    """Figures verified before this date are overdue."""
    return months_before(today or timezone.localdate(), settings.FIGURE_MAX_AGE_MONTHS)


def is_overdue(verified_on, today=None):
    """Whether a figure verified on `verified_on` is older than FIGURE_MAX_AGE_MONTHS (no date: not a figure)."""
    return verified_on is not None and verified_on < verification_cutoff(today)
