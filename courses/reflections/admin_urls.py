"""Admin URLs of the reflections app (registered by wagtail_hooks.register_admin_urls)."""

from django.urls import include, path

from .admin_views import ReviewDetailView, ReviewQueueView

review = (
    [
        path("", ReviewQueueView.as_view(), name="index"),
        path("results/", ReviewQueueView.as_view(results_only=True), name="index_results"),
        path("<int:pk>/", ReviewDetailView.as_view(), name="detail"),
    ],
    "reflections_review",
)

urlpatterns = [
    path("reflections/", include(review)),
]
