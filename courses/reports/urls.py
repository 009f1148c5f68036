"""Admin URLs of the progress reports, under /admin/club/progress-reports/ as before (the
namespace is `progress_reports`; the addresses editors bookmarked did not change)."""

from django.urls import include, path

from .learning import CompletionFunnelView, QuestionSuccessView
from .members import MemberProgressView
from .views import CourseProgressView, OblastProgressView, refresh_report_figures

reports = (
    [
        path("courses/", CourseProgressView.as_view(), name="courses"),
        path(
            "courses/results/",
            CourseProgressView.as_view(results_only=True),
            name="courses_results",
        ),
        path("members/", MemberProgressView.as_view(), name="members"),
        path(
            "members/results/",
            MemberProgressView.as_view(results_only=True),
            name="members_results",
        ),
        path("oblasts/", OblastProgressView.as_view(), name="oblasts"),
        path(
            "oblasts/results/",
            OblastProgressView.as_view(results_only=True),
            name="oblasts_results",
        ),
        path("refresh/", refresh_report_figures, name="refresh"),
        path("funnel/", CompletionFunnelView.as_view(), name="funnel"),
        path(
            "funnel/results/",
            CompletionFunnelView.as_view(results_only=True),
            name="funnel_results",
        ),
        path("questions/", QuestionSuccessView.as_view(), name="questions"),
        path(
            "questions/results/",
            QuestionSuccessView.as_view(results_only=True),
            name="questions_results",
        ),
    ],
    "progress_reports",
)

urlpatterns = [path("progress-reports/", include(reports))]
