"""The inquiry form, its confirmation, and the answers to spam and floods.

The form is the only public page with a CSRF token and per-visitor content:
never cached, unlike the other public pages.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from core.http import client_ip
from inquiries.forms import InquiryForm
from inquiries.models import Inquiry
from inquiries.services import InquiryRateLimited, board_address, submit_inquiry
from parks.models import Plot
from parks.shortlist import read_shortlist

SESSION_KEY = "inquiry_sent"


@method_decorator(never_cache, name="dispatch")
class InquiryView(TemplateView):
    template_name = "inquiries/form.html"
    query_params = ("plot",)
    http_method_names = ["get", "post", "head", "options"]

    def get(self, request, *args, **kwargs):
        if "shortlist" in request.GET:
            return self.about_shortlist(request.GET.getlist("shortlist"))
        code = request.GET.get("plot", "").strip()
        if not code:
            return self.show(InquiryForm())
        plot = Plot.objects.select_related("zone__phase").filter(code=code).first()
        if plot is None:
            # Still a usable form, for a general inquiry; the status says the address was wrong.
            problem = gettext("There is no plot with the code “%(code)s”. You can send a general inquiry instead.") % {
                "code": code[:40]
            }
            return self.show(InquiryForm(), problem=problem, status=400)
        form = InquiryForm(initial={"plot": plot.code, "land_needed_m2": plot.area_m2})
        return self.show(form, plot=plot)

    def about_shortlist(self, codes):
        """One inquiry about every plot of a shortlist (?shortlist=E1-01&shortlist=E1-03); unknown codes left out."""
        shortlist = read_shortlist(codes, Plot.objects.select_related("zone__phase"))
        form = InquiryForm(initial={"shortlist": shortlist.codes, "land_needed_m2": shortlist.total_m2 or None})
        problem = " ".join(shortlist.notes) or None
        return self.show(form, shortlist=shortlist.plots, problem=problem, status=400 if problem else 200)

    def post(self, request, *args, **kwargs):
        form = InquiryForm(request.POST)
        if form.honeypot_filled:
            return render(request, "inquiries/rejected.html", self.contact_context(), status=400)
        if not form.is_valid():
            shortlist = list(form.cleaned_data.get("shortlist") or [])
            return self.show(form, plot=form.cleaned_data.get("plot"), shortlist=shortlist, status=400)
        try:
            inquiry = submit_inquiry(data=form.cleaned_data, ip_address=client_ip(request))
        except InquiryRateLimited:
            return render(request, "inquiries/limited.html", self.contact_context(), status=429)
        request.session[SESSION_KEY] = inquiry.pk
        return redirect("inquiries:sent")

    def show(self, form, plot=None, problem=None, status=200, shortlist=None):
        context = self.get_context_data(form=form, plot=plot, problem=problem, shortlist=shortlist or [])
        return self.render_to_response(context, status=status)

    def contact_context(self):
        return {"board_email": board_address()}


class PrivacyView(TemplateView):
    """What the Board does with an investor's personal data: purpose, what is kept and how long, the person's rights."""

    template_name = "inquiries/privacy.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            retention_days=settings.INQUIRY_RETENTION_DAYS,
            alert_confirmation_hours=settings.ALERT_CONFIRMATION_HOURS,
            board_email=board_address(),
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class InquirySentView(TemplateView):
    """The confirmation after the redirect: the reference and where the email went, for this visitor only."""

    template_name = "inquiries/sent.html"
    per_visitor = True

    def get_context_data(self, **kwargs):
        pk = self.request.session.get(SESSION_KEY)
        inquiry = Inquiry.objects.select_related("plot").filter(pk=pk).first() if isinstance(pk, int) else None
        return super().get_context_data(inquiry=inquiry, **kwargs)
