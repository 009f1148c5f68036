"""The learning-loop reports: a course's completion funnel and the success rate of each
question of the knowledge checks. Anonymous aggregates (no name in any row), counted in the
database with a constant number of queries, within the reviewer's scope like every progress
report.
"""

from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from courses.checks import checks_in
from courses.models import (
    Certificate,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuestionResult,
)
from courses.reflections.admin_views import course_choices

from .views import ProgressFilterSet, ProgressReportView, rate

HEADINGS = {
    "course": _("Course"),
    "stage": _("Stage"),
    "members": _("Members"),
    "share": _("Share of those who started (%)"),
    "lesson": _("Lesson"),
    "question": _("Question"),
    "answers": _("Answers"),
    "right": _("Right answers"),
    "success_rate": _("Success rate (%)"),
}


def in_language(pages, language):
    """One page per translation key: the one in `language`, else the first in tree order."""
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == language and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return chosen


def courses_with_lessons(course_key=None, language=None):
    """[(course, [live lessons in order])], titled in `language` where translated.

    Two queries, whatever the number of courses and lessons.
    """
    language = language or get_language()
    courses = CoursePage.objects.select_related("locale").defer_streamfields().order_by("path")
    if course_key:
        courses = courses.filter(translation_key=course_key)
    courses = list(courses)
    if not courses:
        return []
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = LessonPage.objects.live().filter(condition).select_related("locale").order_by("path")
    parents = {course.path: course for course in courses}
    grouped = {key: (course, []) for key, course in in_language(courses, language).items()}
    for lesson in in_language(lessons, language).values():
        course_key_of_lesson = parents[lesson.path[: -LessonPage.steplen]].translation_key
        grouped[course_key_of_lesson][1].append(lesson)
    result = [
        (course, sorted(items, key=lambda page: page.path)) for course, items in grouped.values()
    ]
    return sorted(result, key=lambda pair: pair[0].title)


class FunnelFilterSet(ProgressFilterSet):
    member = None


class QuestionFilterSet(ProgressFilterSet):
    member = None


class LearningReportView(ProgressReportView):
    paginate_by = None

    def get_heading(self, queryset, field):
        return str(HEADINGS.get(field, field))


class CompletionFunnelView(LearningReportView):
    """Started → each lesson → completed → certified, for one course (the first by default)."""

    page_title = _("Completion funnel")
    index_url_name = "progress_reports:funnel"
    index_results_url_name = "progress_reports:funnel_results"
    filterset_class = FunnelFilterSet
    export_filename = "completion-funnel"
    list_export = ["course", "stage", "members", "share"]
    columns = [Column(name, label=HEADINGS[name]) for name in list_export]
    chart_label = "stage"
    chart_value = "share"
    chart_title = _("Share of those who started (%)")
    chart_caption = _(
        "Of the members who started the course: how many completed each lesson, the course, "
        "and hold a valid certificate."
    )

    def course_key(self):
        chosen = self.chosen.get("course")
        if chosen:
            return chosen
        choices = course_choices(
            sorted(self.reach.course_keys) if self.reach.courses_only else None
        )
        return choices[0][0] if choices else None

    def get_queryset(self):
        key = self.course_key()
        found = courses_with_lessons(key) if key else []
        if not found:
            return []
        course, lessons = found[0]
        scope = self.scope()
        enrolments = Enrollment.objects.filter(scope, course_key=key).aggregate(
            started=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False))
        )
        done = dict(
            LessonCompletion.objects.filter(scope, course_key=key)
            .values("lesson_key")
            .annotate(n=Count("pk"))
            .values_list("lesson_key", "n")
        )
        certified = Certificate.objects.filter(scope, course_key=key, revoked=False).count()
        started = enrolments["started"]
        stages = [(_("Started the course"), started)]
        stages += [
            (f"{number}. {lesson.title}", done.get(lesson.translation_key, 0))
            for number, lesson in enumerate(lessons, start=1)
        ]
        stages += [
            (_("Completed the course"), enrolments["completed"]),
            (_("Certified"), certified),
        ]
        return [
            {
                "course": course.title,
                "stage": str(stage),
                "members": count,
                "share": rate(count, started),
            }
            for stage, count in stages
        ]


class QuestionSuccessView(LearningReportView):
    """Each question of every knowledge check: how often it was answered right."""

    page_title = _("Knowledge check questions")
    index_url_name = "progress_reports:questions"
    index_results_url_name = "progress_reports:questions_results"
    filterset_class = QuestionFilterSet
    export_filename = "knowledge-check-questions"
    list_export = ["course", "lesson", "question", "answers", "right", "success_rate"]
    columns = [Column(name, label=HEADINGS[name]) for name in list_export]
    chart_label = "question"
    chart_value = "success_rate"
    chart_title = _("Success rate (%)")
    chart_caption = _("Success rate: answers that were right, out of all answers (every attempt).")

    def get_queryset(self):
        key = self.chosen.get("course")
        counts = {
            (row["attempt__lesson_key"], row["question_id"]): row
            for row in QuestionResult.objects.filter(
                self.scope("attempt__user", "attempt__course_key"),
                self.course_condition("attempt__course_key"),
            )
            .values("attempt__lesson_key", "question_id")
            .annotate(answers=Count("pk"), right=Count("pk", filter=Q(correct=True)))
        }
        rows = []
        for course, lessons in courses_with_lessons(key):
            if self.reach.courses_only and not self.reach.covers_course(course.translation_key):
                continue
            for lesson in lessons:
                for check in checks_in(lesson):
                    for question in check.questions:
                        found = counts.get((lesson.translation_key, question.id), {})
                        answers, right = found.get("answers", 0), found.get("right", 0)
                        rows.append(
                            {
                                "course": course.title,
                                "lesson": lesson.title,
                                "question": question.text,
                                "answers": answers,
                                "right": right,
                                "success_rate": rate(right, answers),
                            }
                        )
        return rows
