"""The member report: each member's progress, counted live for the page's members only.

Correlated subqueries count the page's 50 members' rows, and their median times are picked by
window functions (only each member's middle waits leave the database).
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from courses.models import Enrollment, LessonCompletion
from courses.reflections.models import Feedback, Reflection
from courses.reflections.report_figures import has_started, median_days_by
from home.members.choices import Oblast

from .views import HEADINGS, METRICS, ProgressFilterSet, ProgressReportView, metric_columns, rate


def _count(queryset, count=None):
    """A correlated subquery counting `queryset` rows of the outer member (0 when none)."""
    inner = (
        queryset.filter(user=OuterRef("pk"))
        .order_by()
        .values("user")
        .annotate(n=count or Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(inner, output_field=IntegerField()), 0)


class MemberProgressView(ProgressReportView):
    page_title = _("Progress per member")
    index_url_name = "progress_reports:members"
    index_results_url_name = "progress_reports:members_results"
    filterset_class = ProgressFilterSet
    export_filename = "progress-per-member"
    chart_label = "name"
    list_export = ["name", "oblast", "lessons_completed", *METRICS, "median_days"]
    columns = [
        Column("name", label=HEADINGS["name"]),
        Column("oblast", label=HEADINGS["oblast"]),
        Column("lessons_completed", label=HEADINGS["lessons_completed"]),
        *metric_columns(),
    ]

    def get_queryset(self):
        course = self.course_condition()
        users = get_user_model().objects.filter(member_profile__isnull=False)
        users = users.filter(
            self.reach.people() & self.chosen_oblast("") & self.chosen_circle("pk")
        )
        if self.chosen.get("member"):
            text = self.chosen["member"]
            users = users.filter(
                Q(member_profile__full_name__icontains=text) | Q(username__icontains=text)
            )
        course &= self.reach.rows_of_people()  # her courses only, for her courses' members
        enrolments = Enrollment.objects.filter(course)
        reflections = Reflection.objects.submitted().filter(course)
        self.members = users
        return (
            users.annotate(
                enrolled=_count(enrolments),
                completed=_count(enrolments.filter(completed_at__isnull=False)),
                lessons_completed=_count(LessonCompletion.objects.filter(course)),
                started=_count(enrolments.filter(has_started())),
                submitted=_count(reflections),
                answered=_count(reflections.filter(answered_at__isnull=False)),
            )
            .values(
                "pk",
                "username",
                "member_profile__full_name",
                "member_profile__oblast",
                "enrolled",
                "completed",
                "lessons_completed",
                "started",
                "submitted",
                "answered",
            )
            .order_by("member_profile__full_name", "pk")
        )

    def decorate(self, row, medians, oblasts):
        row["name"] = row["member_profile__full_name"] or row["username"]
        row["oblast"] = oblasts.get(row["member_profile__oblast"], "")
        row["completion_rate"] = rate(row["completed"], row["enrolled"])
        row["median_days"] = medians.get(row["pk"])
        return row

    def medians(self, user_ids=None):
        waits = Feedback.objects.filter(
            self.scope("reflection__user", "reflection__course_key"),
            self.course_condition("reflection__course_key"),
        )
        if user_ids is not None:
            waits = waits.filter(reflection__user__in=user_ids)
        return median_days_by(waits, "reflection__user")

    def paginate_queryset(self, queryset, page_size):
        # Page through the members alone (a plain count, then the page's ids in name order),
        # then count the figures of that page's members only.
        ordered = self.members.order_by("member_profile__full_name", "pk")
        paginator, page, ids, is_paginated = super().paginate_queryset(
            ordered.values_list("pk", flat=True), page_size
        )
        ids = list(ids)
        found = {row["pk"]: row for row in queryset.filter(pk__in=ids)}
        medians = self.medians(ids)
        oblasts = dict(Oblast.choices)
        rows = [self.decorate(found[pk], medians, oblasts) for pk in ids if pk in found]
        page.object_list = rows
        return paginator, page, rows, is_paginated

    @cached_property
    def all_medians(self):
        return self.medians()

    def to_row_dict(self, item):
        self.decorate(item, self.all_medians, dict(Oblast.choices))
        return super().to_row_dict(item)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Stream from the database in chunks instead of loading every member at once.
        return super().as_spreadsheet(queryset.iterator(chunk_size=1000), spreadsheet_format)
