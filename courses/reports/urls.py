"""Admin URLs of the progress reports, under /admin/club/progress-reports/ as before (the
namespace is `progress_reports`; the addresses editors bookmarked did not change)."""

from django.urls import include, path

from ..packages.report import PackageResultsView
from .learning import CompletionFunnelView, QuestionSuccessView
from .members import MemberProgressView
from .views import CourseProgressView, OblastProgressView, refresh_report_figures


def report(prefix, view):
    """A report's page and the results fragment its filters reload."""
    return [
        path(f"{prefix}/", view.as_view(), name=prefix),
        path(f"{prefix}/results/", view.as_view(results_only=True), name=f"{prefix}_results"),
    ]


reports = (
    [
        *report("courses", CourseProgressView),
        *report("members", MemberProgressView),
        *report("oblasts", OblastProgressView),
        path("refresh/", refresh_report_figures, name="refresh"),
        *report("funnel", CompletionFunnelView),
        *report("questions", QuestionSuccessView),
        *report("packages", PackageResultsView),
    ],
    "progress_reports",
)

urlpatterns = [path("progress-reports/", include(reports))]
