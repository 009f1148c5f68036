"""Learning progress reports for editors, regional coordinators and mentors (Wagtail report
views), each limited to the reader's `report_scope`: a filter outside it counts nothing.

The course and oblast reports read their figures from the summary kept by `report_figures`
(one row, refreshed in the background; the page says as of when); the member report
(members.py) counts live.
"""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Q
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
from courses.models import CoursePage, Enrollment
from courses.reflections.admin_views import course_choices
from courses.reflections.lessons import pages_by_key
from courses.reflections.models import Feedback, Reflection
from courses.reflections.report_figures import (
    ALL,
    cell,
    current_figures,
    is_stale,
    median_days_by,
    request_refresh,
)
from courses.reflections.scope import can_view_reports, report_scope
from courses.reflections.svg import bar_chart
from home.members.choices import Oblast

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

    def __init__(self, *args, reach=None, **kwargs):
        super().__init__(*args, **kwargs)
        if "course" in self.filters:
            # A mentor chooses among her courses only: another course's key is not valid.
            keys = sorted(reach.course_keys) if reach and reach.courses_only else None
            self.filters["course"].extra["choices"] = course_choices(keys)
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
    results_template_name = "courses/reports/report_results.html"
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

    @cached_property
    def reach(self):
        return report_scope(self.request.user)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "reach": self.reach}

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

    def chosen_oblast(self, prefix):
        oblast = self.chosen.get("oblast")
        return Q(**{f"{prefix}member_profile__oblast": oblast}) if oblast else Q()

    def chosen_circle(self, user_field):
        circle = self.chosen.get("circle")
        return Q(**{f"{user_field}__in": members_of_circle(circle)}) if circle else Q()

    def scope(self, user_field="user", course_field="course_key"):
        """Q narrowing learning rows to the reader's scope, the chosen oblast and circle."""
        return (
            self.reach.rows(user_field, course_field)
            & self.chosen_oblast(f"{user_field}__")
            & self.chosen_circle(user_field)
        )

    def course_condition(self, field="course_key"):
        course = self.chosen.get("course")
        return Q(**{field: course}) if course else Q()

    def counted_oblasts(self):
        """None when every oblast counts, else the oblasts the reader follows and chose."""
        chosen = self.chosen.get("oblast")
        if self.reach.everything:
            return {chosen} if chosen else None
        followed = set(self.reach.oblasts)
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

    results_template_name = "courses/reports/summary_report_results.html"

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
        back = reverse("progress_reports:courses")
    return redirect(back)


class CourseProgressView(SummaryReportView):
    page_title = _("Progress per course")
    index_url_name = "progress_reports:courses"
    index_results_url_name = "progress_reports:courses_results"
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
        if self.reach.courses_only:
            keys = sorted(self.reach.course_keys)
        else:
            keys = CoursePage.objects.values_list("translation_key", flat=True).distinct()
        chosen = self.chosen.get("oblast")
        rows = []
        for key, page in pages_by_key(keys).items():
            if self.reach.covers_course(key):  # every member of it, in the chosen oblast
                figures = self.course_figures(str(key), {chosen} if chosen else None)
            elif self.reach.oblasts:  # the members of her oblasts
                figures = self.course_figures(str(key), self.counted_oblasts())
            else:
                continue
            rows.append(self.make_row({"title": page.title}, figures))
        return sorted(rows, key=lambda row: row["title"])


class OblastProgressView(SummaryReportView):
    page_title = _("Progress per oblast")
    index_url_name = "progress_reports:oblasts"
    index_results_url_name = "progress_reports:oblasts_results"
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
            if followed is None or value in followed:
                members = self.figures(oblast=value).get("members", 0)
                metrics = self.figures(course, value)
            else:  # an oblast she follows only through the courses she mentors
                members, metrics = self.mentored_figures.get(value, (0, {}))
            if members or metrics:
                rows.append(self.make_row({"oblast": str(label), "members": members}, metrics))
        return rows

    @cached_property
    def mentored_keys(self):
        chosen = self.chosen.get("course")
        keys = self.reach.course_keys if not self.reach.everything else ()
        return sorted(key for key in keys if not chosen or key == chosen)

    @cached_property
    def mentored_figures(self):
        """{oblast: (members enrolled, figures)} of the courses she mentors: counts add up
        from the summary's cells; members and medians over several courses are counted."""
        keys = self.mentored_keys
        if not keys:
            return {}
        enrolled = dict(
            Enrollment.objects.filter(course_key__in=keys)
            .values_list("user__member_profile__oblast")
            .annotate(n=Count("user", distinct=True))
            .order_by()
        )
        if len(keys) > 1:
            waits = Feedback.objects.filter(reflection__course_key__in=keys)
            medians = median_days_by(waits, "reflection__user__member_profile__oblast")
        result = {}
        for oblast, _label in Oblast.choices:
            total = {}
            for key in keys:
                for name in METRICS:
                    total[name] = total.get(name, 0) + self.figures(key, oblast).get(name, 0)
            single = self.figures(keys[0], oblast).get("median_days")
            total["median_days"] = single if len(keys) == 1 else medians.get(oblast)
            if enrolled.get(oblast) or any(total[name] for name in METRICS):
                result[oblast] = (enrolled.get(oblast, 0), total)
        return result
