"""The admin home, per role: what each member of the Board should look at first.

- Investment officers: new inquiries, and those still new past the answer time (INQUIRY_ANSWER_DAYS).
- Editors: drafts and scheduled news posts.
- Board administrators: every figure older than FIGURE_MAX_AGE_MONTHS, with a link to fix it, and plot availability.
- Translators: the translation status per language.

Each panel takes a fixed number of queries, whatever the amount of data. It lives in `portal`, the layer that
may read every app.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from core.freshness import verification_cutoff
from core.roles import EDITOR, INVESTMENT_OFFICER, TRANSLATOR, is_board_administrator, user_roles
from inquiries.models import Inquiry
from news.models import Post
from parks.models import Connection, Incentive, Infrastructure, Park, Phase, Plot
from projects.models import InvestmentTarget, Project
from translations.status import MISSING, OUTDATED, all_statuses, target_languages

LISTED = 10


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def inquiries_panel(now):
    """New inquiries, oldest first, and how many are past the answer time."""
    overdue_before = now - timedelta(days=settings.INQUIRY_ANSWER_DAYS)
    new = Inquiry.objects.filter(status=Inquiry.Status.NEW)
    counts = new.aggregate(new=Count("pk"), overdue=Count("pk", filter=Q(created_at__lt=overdue_before)))
    listed = new.select_related("plot").order_by("created_at", "pk")[:LISTED]
    return {
        "new_count": counts["new"],
        "overdue_count": counts["overdue"],
        "inquiries": [
            {"inquiry": inquiry, "url": change_url(inquiry), "overdue": inquiry.created_at < overdue_before}
            for inquiry in listed
        ],
        "answer_days": settings.INQUIRY_ANSWER_DAYS,
        "list_url": reverse("admin:inquiries_inquiry_changelist") + "?status__exact=new",
    }


def news_panel(now):
    """Drafts, last edited first, and the posts scheduled to appear, soonest first."""
    drafts = Post.objects.filter(status=Post.Status.DRAFT).select_related("category").order_by("-updated_at", "-pk")
    scheduled = Post.objects.filter(status=Post.Status.PUBLISHED, publish_at__gt=now).order_by("publish_at", "pk")
    return {
        "drafts": [{"post": post, "url": change_url(post)} for post in drafts[:LISTED]],
        "scheduled": [{"post": post, "url": change_url(post)} for post in scheduled[:LISTED]],
        "list_url": reverse("admin:news_post_changelist"),
    }


# (queryset, date field, what the date covers): every figure with a last-verified date the public pages show.
def _verified_sources():
    return [
        (Park.objects.all(), "verified_on", gettext("Key figures")),
        (Phase.objects.all(), "verified_on", gettext("Phase figures")),
        (Plot.objects.all(), "verified_on", gettext("Plot terms")),
        (Plot.objects.all(), "site_verified_on", gettext("Utilities and readiness")),
        (Infrastructure.objects.all(), "verified_on", gettext("Infrastructure")),
        (Connection.objects.all(), "verified_on", gettext("Distance and travel time")),
        (Incentive.objects.current(), "verified_on", gettext("Incentive")),
        (Project.objects.current(), "verified_on", gettext("Project figures")),
        (InvestmentTarget.objects.all(), "verified_on", gettext("Investment target")),
    ]


def overdue_figures(today=None):
    """Every figure verified before the cutoff, oldest first: one query per kind of figure."""
    cutoff = verification_cutoff(today)
    rows = []
    for queryset, date_field, what in _verified_sources():
        for obj in queryset.filter(**{f"{date_field}__lt": cutoff}).order_by(date_field, "pk"):
            rows.append({"obj": obj, "what": what, "verified_on": getattr(obj, date_field), "url": change_url(obj)})
    rows.sort(key=lambda row: row["verified_on"])
    return {"rows": rows, "cutoff": cutoff, "months": settings.FIGURE_MAX_AGE_MONTHS}


def availability_panel():
    """Plots by phase and status, and the available area, in one query."""
    counts = (
        Plot.objects.values("zone__phase")
        .annotate(
            total=Count("pk"),
            available=Count("pk", filter=Q(status=Plot.Status.AVAILABLE)),
            reserved=Count("pk", filter=Q(status=Plot.Status.RESERVED)),
            leased=Count("pk", filter=Q(status=Plot.Status.LEASED)),
        )
        .order_by()
    )
    by_phase = {row["zone__phase"]: row for row in counts}
    empty = {"total": 0, "available": 0, "reserved": 0, "leased": 0}
    return {
        "phases": [{"phase": phase, **by_phase.get(phase.pk, empty)} for phase in Phase.objects.all()],
        "finder_url": reverse("admin:parks_plot_changelist"),
    }


def translations_panel():
    """Texts missing and out of date per target language."""
    languages = target_languages()
    statuses = all_statuses(languages)
    return {
        "languages": [
            {
                "code": code,
                "missing": sum(1 for status in statuses if status.language == code and status.status == MISSING),
                "outdated": sum(1 for status in statuses if status.language == code and status.status == OUTDATED),
            }
            for code in languages
        ],
        "url": reverse("translations:dashboard"),
    }


def panels_for(user, now=None):
    """The panels `user`'s roles call for (a board administrator or superuser sees them all)."""
    now = now or timezone.now()
    everything = is_board_administrator(user)
    roles = user_roles(user)
    panels = {}
    if everything or INVESTMENT_OFFICER in roles:
        panels["inquiries"] = inquiries_panel(now)
    if everything or EDITOR in roles:
        panels["news"] = news_panel(now)
    if everything:
        panels["figures"] = overdue_figures(timezone.localdate(now))
        panels["availability"] = availability_panel()
    if everything or TRANSLATOR in roles:
        panels["translations"] = translations_panel()
    return panels
