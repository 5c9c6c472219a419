"""The public change log: made from the history when an edit is saved, old -> new with the date, newest first,
filterable, with an Atom feed per language; a typo fix never shows; the Board hides an entry made by mistake."""

from datetime import date, timedelta
from decimal import Decimal

import feedparser
import pytest
import reversion
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from changelog.models import ChangeEntry
from core.batch import batched
from core.roles import BOARD_ADMINISTRATOR
from core.testing import admin_form_data, parse, query_count
from parks.models import Incentive, Park, Phase, Plot

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(django_user_model):
    user = django_user_model.objects.create_user("chanh", "chanh@example.com", "a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=BOARD_ADMINISTRATOR))
    client = Client()
    client.force_login(user)
    return client


def change(client, obj, **values):
    url = f"/vi/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    data = {**admin_form_data(client.get(url)), **values}
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    return response


def entries_page(client, language="en", query=""):
    with translation.override(language):
        url = reverse("changelog:list")
    response = client.get(url + query)
    items = parse(response.content).find_all("li", class_="change")
    return response, [" ".join(item.text().split()) for item in items]


def test_a_price_change_shows_old_to_new_and_a_typo_fix_does_not(client, park, administrator):
    plot = Plot.objects.get(code="P2-0-0")
    change(administrator, plot, notes_vi="Lô đất có hạ tầng đầy đủ.", notes_en="Serviced plot.")  # a text only
    change(administrator, plot, notes_en="A serviced plot.")  # a typo fix
    change(administrator, plot, lease_price="45000")
    change(administrator, plot, status="reserved")
    today = timezone.localdate()
    response, entries = entries_page(client)
    assert response.status_code == 200
    day = f"{today.day} {today:%B %Y}"
    assert entries == [
        f"{day} · Plot status Plot P2-0-0 Status: from Available → to Reserved",
        f"{day} · Plot lease prices Plot P2-0-0 Lease price: from 50,000 VND/m²/year → to 45,000 VND/m²/year",
    ]
    assert parse(response.content).find("li", class_="change").find("a").attrs["href"] == "/en/park/plots/P2-0-0/"
    _response, vietnamese = entries_page(client, "vi")
    assert vietnamese[1].endswith("Giá thuê: từ 50.000 đồng/m²/năm → thành 45.000 đồng/m²/năm")


def test_the_parks_figures_phases_and_incentives_are_logged(client, park, administrator):
    phase = Phase.objects.get(name_en="Phase II")
    change(administrator, phase, infrastructure_progress="40", status="ready")
    change(administrator, Park.objects.get(), total_area_ha="160")
    incentive = Incentive.objects.order_by("order").first()
    change(administrator, incentive, ended_on="2026-12-31")
    url = "/vi/admin/parks/incentive/add/"
    data = {**admin_form_data(administrator.get(url))}
    data.update(
        category="land",
        title_vi="Ưu đãi mới",
        summary_vi="Tóm tắt",
        legal_basis_vi="Luật Đất đai số 31/2024/QH15",
        verified_on="2026-11-01",
        order="9",
    )
    assert administrator.post(url, data).status_code == 302
    _response, entries = entries_page(client)
    texts = [entry.split(" · ", 1)[1] for entry in entries]
    assert texts == [
        "Incentives added or ended Ưu đãi mới Added",
        "Incentives added or ended Tax incentive 0 No longer offered from: from — → to 31 December 2026",
        "Key figures of the park Thanh Binh Industrial Park Total planned area (ha): from 153 ha → to 160 ha",
        "Phases: status and progress Phase II Infrastructure progress (%): from 0% → to 40%",
        "Phases: status and progress Phase II Status: from Infrastructure under construction → to Ready for investors",
    ]
    # The name a visitor reads is the English one where there is one, else the Vietnamese, marked as such.
    html = parse(entries_page(client)[0].content)
    assert html.find("li", class_="change").find("a").attrs.get("lang") == "vi"
    # Filtered by kind.
    _response, phases = entries_page(client, query="?kind=phase")
    assert len(phases) == 2 and all("Phase II" in text for text in phases)
    response, everything = entries_page(client, query="?kind=nonsense")
    assert response.status_code == 400 and len(everything) == 5
    assert "There is no such kind of change" in response.content.decode()


def test_an_incentive_recorded_later_is_not_announced_as_new(client, park, administrator):
    """An object made before history was kept gets its first version when next changed: that is no addition."""
    incentive = Incentive.objects.order_by("order")[1]
    change(administrator, incentive, summary_en="Exemption from tax")
    assert not ChangeEntry.objects.exists()


def test_the_board_hides_an_entry_made_by_mistake(client, park, administrator):
    plot = Plot.objects.get(code="P2-0-1")
    change(administrator, plot, status="leased")
    change(administrator, plot, status="reserved")
    wrong = ChangeEntry.objects.order_by("changed_at", "pk").first()
    response = administrator.post(
        "/vi/admin/changelog/changeentry/", {"action": "hide", "_selected_action": [wrong.pk]}
    )
    assert response.status_code == 302
    _response, entries = entries_page(client)
    assert len(entries) == 1 and "Leased → to Reserved" in entries[0]
    wrong.refresh_from_db()
    assert wrong.hidden and wrong.version is not None  # kept, with its version in the history
    # The admin cannot add, delete or edit an entry's figures.
    assert administrator.get("/vi/admin/changelog/changeentry/add/").status_code == 403
    assert administrator.get(f"/vi/admin/changelog/changeentry/{wrong.pk}/delete/").status_code == 403


def test_the_feed_parses_in_each_language(client, park, administrator):
    change(administrator, Plot.objects.get(code="P2-0-0"), lease_price="45000")
    for language, title in (
        ("en", "Plot P2-0-0 · Lease price: 50,000 VND/m²/year → 45,000 VND/m²/year"),
        ("vi", "Lô đất P2-0-0 · Giá thuê: 50.000 đồng/m²/năm → 45.000 đồng/m²/năm"),
    ):
        with translation.override(language):
            url = reverse("changelog:feed")
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.language == language
        assert [entry.title for entry in feed.entries] == [title]
        assert feed.entries[0].link.startswith(f"http://testserver/{language}/changes/#change-")


def test_rebuild_makes_the_entries_of_older_versions_and_keeps_hidden_ones(park):
    plot = Plot.objects.get(code="P1-0-0")
    with reversion.create_revision():
        plot.save()
    ChangeEntry.objects.all().delete()
    for price in ("40000", "42000"):
        plot.lease_price = Decimal(price)
        with reversion.create_revision():
            plot.save()
    ChangeEntry.objects.filter(new__lease_price="42000").update(hidden=True)
    ChangeEntry.objects.filter(new__lease_price="40000").delete()
    call_command("rebuild_changelog", verbosity=0)
    assert sorted((entry.new["lease_price"], entry.hidden) for entry in ChangeEntry.objects.all()) == [
        ("40000", False),
        ("42000", True),
    ]
    call_command("rebuild_changelog", verbosity=0)
    assert ChangeEntry.objects.count() == 2


@batched()
def make_history(scale):
    """Changes of every kind on the test park, 10 × `scale` revisions of them (the translation records and open
    data dates the saves derive are worked out once, at the end)."""
    plots = list(Plot.objects.order_by("code")[:2])
    phase = Phase.objects.first()
    park = Park.objects.get()
    incentives = list(Incentive.objects.all()[:2])
    with reversion.create_revision():
        for obj in [*plots, phase, park, *incentives]:
            obj.save()
    for step in range(10 * scale):
        with reversion.create_revision():
            for plot in plots:
                plot.lease_price = Decimal(40000 + step)
                plot.status = "reserved" if step % 2 else "leased"
                plot.save()
            phase.infrastructure_progress = step + 1
            phase.save()
            park.year_opened = 1950 + step
            park.save()
            for incentive in incentives:
                incentive.ended_on = date(2027, 1, 1) + timedelta(days=step)
                incentive.save()


@pytest.mark.parametrize("scale", [1, 10])
def test_the_page_and_the_feed_take_as_many_queries_at_any_amount_of_history(client, park, scale):
    make_history(scale)
    assert ChangeEntry.objects.count() >= 70 * scale  # 7 figures change in each revision
    with translation.override("en"):
        counts = (
            query_count(client, reverse("changelog:list")),
            query_count(client, reverse("changelog:list") + "?kind=plot_price"),
            query_count(client, reverse("changelog:feed")),
        )
    # The count, the page of entries, their plots, phases, park and incentives (one query each), + the layout's two;
    # the feed: the entries and their objects.
    assert counts == (8, 5, 5)
