from django.urls import path

from parks import views

app_name = "parks"

urlpatterns = [
    path("park/phases/<slug:slug>/", views.PhaseDetailView.as_view(), name="phase"),
    path("park/phases/<slug:slug>/plan/", views.PhasePlanView.as_view(), name="plan"),
    path("park/plots/", views.PlotFinderView.as_view(), name="finder"),
    path("park/plots/<str:code>/", views.PlotDetailView.as_view(), name="plot"),
    path("park/plots/<str:code>/data-sheet.pdf", views.plot_data_sheet, name="plot_pdf"),
    path("park/compare/", views.CompareView.as_view(), name="compare"),
    path("park/infrastructure/", views.InfrastructureView.as_view(), name="infrastructure"),
    path("sectors/", views.SectorListView.as_view(), name="sectors"),
    path("sectors/<slug:slug>/", views.SectorDetailView.as_view(), name="sector"),
    path("incentives/", views.IncentiveListView.as_view(), name="incentives"),
    # Before the incentives' own pages: "checker" is not an incentive's slug.
    path("incentives/checker/", views.IncentiveCheckerView.as_view(), name="checker"),
    path("incentives/<slug:slug>/", views.IncentiveDetailView.as_view(), name="incentive"),
]
