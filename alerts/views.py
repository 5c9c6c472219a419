"""Plot alerts: the subscription form, the confirmation (double opt-in) and the unsubscribe links.

None of these pages is cached: the form carries a CSRF token, and the link
pages answer for one subscription. The confirmation and unsubscribe links are
signed by the site (django.core.signing); their POST needs no CSRF token, as
the link itself is the proof, and mail clients post the one-click unsubscribe
(RFC 8058) with none.
"""

from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView, View

from alerts.forms import SubscriptionForm
from alerts.services import (
    LinkExpired,
    LinkInvalid,
    SubscriptionRateLimited,
    confirm,
    subscribe,
    subscription_to_confirm,
    subscription_to_end,
    unsubscribe,
)
from core.http import client_ip
from parks.forms import PlotFinderForm

SESSION_KEY = "alert_sent_to"


@method_decorator(never_cache, name="dispatch")
class SubscribeView(TemplateView):
    """The form; the plot finder's filters in the address (`?min_area=…&phase=…`) fill in the criteria."""

    template_name = "alerts/subscribe.html"
    query_params = ("min_area", "max_area", "phase", "sector", "status")
    http_method_names = ["get", "post", "head", "options"]

    def get(self, request, *args, **kwargs):
        filters = PlotFinderForm({name: request.GET.get(name, "") for name in self.query_params}).filters()
        initial = {name: filters[name] for name in ("min_area", "max_area", "phase", "sector") if name in filters}
        if "status" in filters:
            initial["available_only"] = filters["status"] == "available"
        return self.show(SubscriptionForm(initial=initial))

    def post(self, request, *args, **kwargs):
        form = SubscriptionForm(request.POST)
        if form.honeypot_filled:
            return render(request, "alerts/rejected.html", status=400)
        if not form.is_valid():
            return self.show(form, status=400)
        try:
            subscribe(data=form.subscription_data(), ip_address=client_ip(request))
        except SubscriptionRateLimited:
            return render(request, "alerts/limited.html", status=429)
        request.session[SESSION_KEY] = form.cleaned_data["email"]
        return redirect("alerts:sent")

    def show(self, form, status=200):
        return self.render_to_response(self.get_context_data(form=form), status=status)


@method_decorator(never_cache, name="dispatch")
class SubscribeSentView(TemplateView):
    template_name = "alerts/sent.html"
    per_visitor = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(email=self.request.session.get(SESSION_KEY), **kwargs)


def link_problem(request, error):
    """The page for a link that cannot be used: expired (410) or not made by this site (400)."""
    expired = isinstance(error, LinkExpired)
    return render(request, "alerts/link_problem.html", {"expired": expired}, status=410 if expired else 400)


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class ConfirmView(View):
    """GET shows what is being confirmed and a button; POST confirms (a link checker's visit confirms nothing)."""

    per_visitor = True
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.subscription = subscription_to_confirm(token)
        except (LinkExpired, LinkInvalid) as error:
            return link_problem(request, error)
        return super().dispatch(request, token, *args, **kwargs)

    def get(self, request, token):
        return render(request, "alerts/confirm.html", {"subscription": self.subscription, "done": False})

    def post(self, request, token):
        confirm(subscription=self.subscription)
        return render(request, "alerts/confirm.html", {"subscription": self.subscription, "done": True})


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class UnsubscribeView(View):
    """GET shows a one-button page; POST (the button, or a mail client's one-click request) ends the subscription."""

    per_visitor = True
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.subscription = subscription_to_end(token)
        except LinkInvalid as error:
            return link_problem(request, error)
        return super().dispatch(request, token, *args, **kwargs)

    def get(self, request, token):
        return render(request, "alerts/unsubscribe.html", {"subscription": self.subscription, "done": False})

    def post(self, request, token):
        if self.subscription is not None:
            unsubscribe(subscription=self.subscription)
        return render(request, "alerts/unsubscribe.html", {"subscription": None, "done": True})
