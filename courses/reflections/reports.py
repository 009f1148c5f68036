"""Learning progress reports for editors and regional coordinators (Wagtail report views).

Every figure is aggregated in the database with a constant number of queries: grouped
`values().annotate()` for the course and oblast reports, correlated subqueries for the member
report (computed for the page's 50 members only), and the median times picked by window
functions (only each group's middle waits leave the database).
"""

import statistics

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Window
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from courses.models import CoursePage, Enrollment, LessonCompletion
from home.exports import SafeSpreadsheetExportMixin
from home.members.access import member_scope
from home.members.choices import Oblast
from home.members.models import MemberProfile

from .admin_views import course_choices
from .lessons import pages_by_key
from .models import Feedback, Reflection
from .scope import can_view_reports
from .svg import bar_chart

HEADINGS = {
    "title": _("Course"),
    "name": _("Member"),
    "oblast": _("Oblast"),
    "members": _("Members"),
    "enrolled": _("Enrolled"),
    "started": _("Started"),
    "completed": _("Completed"),
    "completion_rate": _("Completion rate (%)"),
    "lessons_completed": _("Lessons completed"),
    "submitted": _("Reflections submitted"),
    "answered": _("Reflections answered"),
    "median_days": _("Median time to feedback (days)"),
}
METRICS = ["enrolled", "started", "completed", "completion_rate", "submitted", "answered"]


def in_language(chunks, language):
    with translation.override(language):
        yield from chunks


def has_started():
    """An enrolment counts as started once one of the course's lessons is completed."""
    return Exists(
        LessonCompletion.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key"))
    )


def rate(done, total):
    return round(100 * done / total) if total else 0


def median_days(seconds):
    values = [s for s in seconds if s is not None]
    return round(statistics.median(values) / 86400, 1) if values else None


def median_days_by(waits, key):
    """{value of `key`: median days to feedback} over `waits` (Feedback rows).

    The database ranks each group's waits and returns only the middle one or two, so the
    rows read do not grow with the feedback given.
    """
    partition = {"partition_by": F(key)}
    middle = (
        waits.filter(response_seconds__isnull=False)
        .annotate(
            bucket=F(key),
            position=Window(RowNumber(), order_by=F("response_seconds").asc(), **partition),
            total=Window(Count("pk"), **partition),
        )
        .annotate(twice=F("position") * 2)  # the middle: total <= 2 × position <= total + 2
        .filter(twice__gte=F("total"), twice__lte=F("total") + 2)
        .order_by()
        .values_list("bucket", "response_seconds")
    )
    seconds = {}
    for bucket, value in middle:
        seconds.setdefault(bucket, []).append(value)
    return {bucket: median_days(values) for bucket, values in seconds.items()}


class ProgressFilterSet(WagtailFilterSet):
    """Filters read by the views themselves: they narrow the counted data, not the rows."""

    oblast = django_filters.ChoiceFilter(label=_("Oblast"), choices=Oblast.choices)
    course = django_filters.ChoiceFilter(label=_("Course"), choices=[])
    member = django_filters.CharFilter(label=_("Member"))

    class Meta:
        model = Reflection
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "course" in self.filters:
            self.filters["course"].extra["choices"] = course_choices()


class CourseFilterSet(ProgressFilterSet):
    course = None
    member = None


class OblastFilterSet(ProgressFilterSet):
    oblast = None
    member = None


class ProgressReportView(SafeSpreadsheetExportMixin, ReportView):
    results_template_name = "reflections/admin/report_results.html"
    header_icon = "table"
    paginate_by = 50
    chart_label = "title"
    chart_value = "completion_rate"
    chart_title = _("Completion rate (%)")
    chart_caption = _("Completion rate: members who completed the course, out of those enrolled.")
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def filter_queryset(self, queryset):
        return queryset  # the filters are applied while counting, in get_queryset()

    def get_heading(self, queryset, field):
        return str(HEADINGS.get(field, field))

    def write_csv_response(self, queryset):
        # The CSV is written while streaming, after the view has returned and the request's
        # language is no longer active: keep it for the headings and the oblast names.
        response = super().write_csv_response(queryset)
        response.streaming_content = in_language(response.streaming_content, get_language())
        return response

    @cached_property
    def chosen(self):
        if self.filters and self.filters.is_valid():
            return {k: v for k, v in self.filters.form.cleaned_data.items() if v}
        return {}

    def scope(self, prefix):
        """Q narrowing a member-related queryset to the reviewer's scope and the filters."""
        condition = member_scope(self.request.user, f"{prefix}member_profile__oblast")
        if self.chosen.get("oblast"):
            condition &= Q(**{f"{prefix}member_profile__oblast": self.chosen["oblast"]})
        return condition

    def course_condition(self, field="course_key"):
        course = self.chosen.get("course")
        return Q(**{field: course}) if course else Q()

    def grouped(self, group):
        """Metric dicts keyed by `group` (a lookup from a member's user), three queries in all."""
        u = "user__"
        enrol = (
            Enrollment.objects.filter(self.scope(u), self.course_condition())
            .values(group)
            .annotate(
                enrolled=Count("pk"),
                started=Count("pk", filter=has_started()),
                completed=Count("pk", filter=Q(completed_at__isnull=False)),
            )
        )
        reflections = (
            Reflection.objects.submitted()
            .filter(self.scope(u), self.course_condition())
            .values(group)
            .annotate(
                submitted=Count("pk"), answered=Count("pk", filter=Q(answered_at__isnull=False))
            )
        )
        waits = Feedback.objects.filter(
            self.scope("reflection__user__"), self.course_condition("reflection__course_key")
        )
        data = {}
        for queryset in (enrol, reflections):
            for row in queryset:
                data.setdefault(row.pop(group), {}).update(row)
        for key, days in median_days_by(waits, f"reflection__{group}").items():
            data.setdefault(key, {})["median_days"] = days
        return data

    def make_row(self, base, metrics):
        row = {name: metrics.get(name, 0) for name in METRICS}
        row["completion_rate"] = rate(row["completed"], row["enrolled"])
        row["median_days"] = metrics.get("median_days")
        return {**base, **row}

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        context["chart"] = (
            bar_chart(
                [(str(row[self.chart_label]), row[self.chart_value]) for row in rows],
                self.chart_title,
            )
            if rows and not self.is_export
            else ""
        )
        context["chart_caption"] = self.chart_caption
        return context


def metric_columns():
    return [Column(name, label=HEADINGS[name]) for name in [*METRICS, "median_days"]]


class CourseProgressView(ProgressReportView):
    page_title = _("Progress per course")
    index_url_name = "reflections_reports:courses"
    index_results_url_name = "reflections_reports:courses_results"
    filterset_class = CourseFilterSet
    export_filename = "progress-per-course"
    list_export = ["title", *METRICS, "median_days"]
    columns = [Column("title", label=HEADINGS["title"]), *metric_columns()]

    def get_queryset(self):
        keys = CoursePage.objects.values_list("translation_key", flat=True).distinct()
        courses = pages_by_key(keys)
        data = self.grouped("course_key")
        rows = [
            self.make_row({"title": page.title}, data.get(key, {})) for key, page in courses.items()
        ]
        return sorted(rows, key=lambda row: row["title"])


class OblastProgressView(ProgressReportView):
    page_title = _("Progress per oblast")
    index_url_name = "reflections_reports:oblasts"
    index_results_url_name = "reflections_reports:oblasts_results"
    filterset_class = OblastFilterSet
    export_filename = "progress-per-oblast"
    chart_label = "oblast"
    list_export = ["oblast", "members", *METRICS, "median_days"]
    columns = [
        Column("oblast", label=HEADINGS["oblast"]),
        Column("members", label=HEADINGS["members"]),
        *metric_columns(),
    ]

    def get_queryset(self):
        key = "user__member_profile__oblast"
        data = self.grouped(key)
        members = dict(
            MemberProfile.objects.filter(member_scope(self.request.user, "oblast"))
            .values("oblast")
            .annotate(n=Count("pk"))
            .values_list("oblast", "n")
        )
        return [
            self.make_row(
                {"oblast": str(label), "members": members.get(value, 0)}, data.get(value, {})
            )
            for value, label in Oblast.choices
            if members.get(value) or data.get(value)
        ]


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
    index_url_name = "reflections_reports:members"
    index_results_url_name = "reflections_reports:members_results"
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
        users = users.filter(self.scope(""))
        if self.chosen.get("member"):
            text = self.chosen["member"]
            users = users.filter(
                Q(member_profile__full_name__icontains=text) | Q(username__icontains=text)
            )
        enrolments = Enrollment.objects.filter(course)
        self.members = users
        return (
            users.annotate(
                enrolled=_count(enrolments),
                completed=_count(enrolments.filter(completed_at__isnull=False)),
                lessons_completed=_count(LessonCompletion.objects.filter(course)),
                started=_count(enrolments.filter(has_started())),
                submitted=_count(Reflection.objects.submitted().filter(course)),
                answered=_count(
                    Reflection.objects.submitted().filter(course, answered_at__isnull=False)
                ),
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
            self.scope("reflection__user__"), self.course_condition("reflection__course_key")
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
