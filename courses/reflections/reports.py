"""Learning progress reports for editors and regional coordinators (Wagtail report views).

The course and oblast reports read their figures from the summary kept by `report_figures`
(one row, refreshed in the background; the page says as of when). The member report counts
live, with correlated subqueries for the page's 50 members only, and its median times are
picked by window functions (only each member's middle waits leave the database).
"""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from courses.circles.access import circle_choices, members_of_circle
from courses.models import CoursePage, Enrollment, LessonCompletion
from home.members.access import assigned_oblasts, follows_all_members, member_scope
from home.members.choices import Oblast

from .admin_views import course_choices
from .lessons import pages_by_key
from .models import Feedback, Reflection
from .report_figures import (
    ALL,
    cell,
    current_figures,
    has_started,
    is_stale,
    median_days_by,
    request_refresh,
)
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


def rate(done, total):
    return round(100 * done / total) if total else 0


class ProgressFilterSet(WagtailFilterSet):
    """Filters read by the views themselves: they narrow the counted data, not the rows."""

    oblast = django_filters.ChoiceFilter(label=_("Oblast"), choices=Oblast.choices)
    course = django_filters.ChoiceFilter(label=_("Course"), choices=[])
    member = django_filters.CharFilter(label=_("Member"))
    circle = django_filters.ChoiceFilter(label=_("Circle"), choices=[])

    class Meta:
        model = Reflection
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "course" in self.filters:
            self.filters["course"].extra["choices"] = course_choices()
        if "circle" in self.filters:  # her circles only: any other value is invalid, ignored
            self.filters["circle"].extra["choices"] = circle_choices(self.request.user)


# Figures precomputed per (course, oblast) cannot be cut by circle: no circle filter here.
class CourseFilterSet(ProgressFilterSet):
    course = None
    member = None
    circle = None


class OblastFilterSet(ProgressFilterSet):
    oblast = None
    member = None
    circle = None


class ProgressReportView(ReportView):
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
        if self.chosen.get("circle"):
            condition &= Q(**{f"{prefix}pk__in": members_of_circle(self.chosen["circle"])})
        return condition

    def course_condition(self, field="course_key"):
        course = self.chosen.get("course")
        return Q(**{field: course}) if course else Q()

    def counted_oblasts(self):
        """None when every oblast counts, else the oblasts the reviewer follows and chose."""
        user = self.request.user
        chosen = self.chosen.get("oblast")
        if follows_all_members(user):
            return {chosen} if chosen else None
        followed = set(assigned_oblasts(user)) if user.is_active else set()
        return followed & {chosen} if chosen else followed

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


class SummaryReportView(ProgressReportView):
    """A report whose figures come from the background summary (`report_figures`)."""

    results_template_name = "reflections/admin/summary_report_results.html"

    @cached_property
    def summary(self):
        return current_figures()

    def figures(self, course=ALL, oblast=ALL):
        return self.summary.figures.get(cell(course, oblast), {})

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["figures_as_of"] = self.summary.computed_at
        context["figures_refreshing"] = is_stale(self.summary)
        context["figures_max_age"] = settings.CLUB_REPORT_FIGURES_MAX_AGE // 60
        query = self.request.GET.copy()
        query.pop("export", None)
        context["figures_back_url"] = self.index_url + (f"?{query.urlencode()}" if query else "")
        return context


@require_POST
def refresh_report_figures(request):
    """ "Refresh now": queue a recomputation and come back to the report."""
    if not can_view_reports(request.user):
        raise Http404
    request_refresh()
    messages.success(
        request, _("The figures are being recomputed: reload the page in a minute to see them.")
    )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("reflections_reports:courses")
    return redirect(back)


class CourseProgressView(SummaryReportView):
    page_title = _("Progress per course")
    index_url_name = "reflections_reports:courses"
    index_results_url_name = "reflections_reports:courses_results"
    filterset_class = CourseFilterSet
    export_filename = "progress-per-course"
    list_export = ["title", *METRICS, "median_days"]
    columns = [Column("title", label=HEADINGS["title"]), *metric_columns()]

    def course_figures(self, course, oblasts):
        """The course's counts over `oblasts` (None: all) and their median wait."""
        if oblasts is None:
            return self.figures(course)
        total = {}
        for oblast in oblasts:
            for name in METRICS:
                total[name] = total.get(name, 0) + self.figures(course, oblast).get(name, 0)
        if len(oblasts) == 1:
            total["median_days"] = self.figures(course, *oblasts).get("median_days")
        elif oblasts:
            total["median_days"] = self.medians_over_counted_oblasts.get(course)
        return total

    @cached_property
    def medians_over_counted_oblasts(self):
        """Per course, over several oblasts (not all): medians do not add up from the cells."""
        oblasts = sorted(self.counted_oblasts())
        waits = Feedback.objects.filter(reflection__user__member_profile__oblast__in=oblasts)
        by_course = median_days_by(waits, "reflection__course_key")
        return {str(key): days for key, days in by_course.items()}

    def get_queryset(self):
        keys = CoursePage.objects.values_list("translation_key", flat=True).distinct()
        courses = pages_by_key(keys)
        oblasts = self.counted_oblasts()
        rows = [
            self.make_row({"title": page.title}, self.course_figures(str(key), oblasts))
            for key, page in courses.items()
        ]
        return sorted(rows, key=lambda row: row["title"])


class OblastProgressView(SummaryReportView):
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
        course = self.chosen.get("course") or ALL
        followed = self.counted_oblasts()
        rows = []
        for value, label in Oblast.choices:
            if followed is not None and value not in followed:
                continue
            members = self.figures(oblast=value).get("members", 0)
            metrics = self.figures(course, value)
            if members or metrics:
                rows.append(self.make_row({"oblast": str(label), "members": members}, metrics))
        return rows


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
