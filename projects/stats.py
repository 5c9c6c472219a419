"""The park's key figures, derived from the project rows in one query.

What counts: every project but the terminated ones (registered, under
construction, operating, suspended). Workers and their local share come from
the operating projects only: they are the jobs that exist today.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Q, Sum

from projects.models import Project


@dataclass(frozen=True)
class ParkStatistics:
    projects: int
    projects_operating: int
    capital_vnd: int
    capital_usd: int
    workers: int
    local_workers: int
    occupied_area_m2: int
    verified_on: date | None

    @property
    def local_share(self):
        """Local workers as a whole percentage of the workers in operating projects, None without workers."""
        if not self.workers:
            return None
        return round(100 * self.local_workers / self.workers)

    @property
    def occupied_area_ha(self):
        return Decimal(self.occupied_area_m2) / Decimal(10000)


def park_statistics():
    operating = Q(status=Project.Status.OPERATING)
    row = Project.objects.current().aggregate(
        projects=Count("pk"),
        projects_operating=Count("pk", filter=operating),
        capital_vnd=Sum("capital_vnd"),
        capital_usd=Sum("capital_usd"),
        workers=Sum("workers", filter=operating),
        local_workers=Sum("local_workers", filter=operating),
        occupied_area_m2=Sum("land_area_m2"),
        verified_on=Max("verified_on"),
    )
    # PostgreSQL sums big integers as numeric (Decimal); SUM of no rows is NULL.
    return ParkStatistics(
        **{key: int(value or 0) for key, value in row.items() if key != "verified_on"},
        verified_on=row["verified_on"],
    )
