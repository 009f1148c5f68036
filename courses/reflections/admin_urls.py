"""Admin URLs of the reflections app (registered by wagtail_hooks.register_admin_urls)."""

from django.urls import include, path

from .admin_views import ReviewDetailView, ReviewQueueView
from .learning_reports import CompletionFunnelView, QuestionSuccessView
from .member_report import MemberProgressView
from .reports import CourseProgressView, OblastProgressView, refresh_report_figures

review = (
    [
        path("", ReviewQueueView.as_view(), name="index"),
        path("results/", ReviewQueueView.as_view(results_only=True), name="index_results"),
        path("<int:pk>/", ReviewDetailView.as_view(), name="detail"),
    ],
    "reflections_review",
)

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
    "reflections_reports",
)

urlpatterns = [
    path("reflections/", include(review)),
    path("progress-reports/", include(reports)),
]
