"""The courses app's share of the privacy export."""

from wagtail import hooks

from .models import CoursePage, Enrollment, LessonCompletion, LessonPage


def _titles_by_key(model, keys):
    """One title per translation key (any language), for the export (one query)."""
    titles = {}
    for key, title in model.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title"
    ):
        titles.setdefault(key, title)
    return titles


@hooks.register("register_member_data_export")
def export_progress(user):
    """Her enrollments and completed lessons, for the account's data download."""
    enrollments = list(Enrollment.objects.filter(user=user).order_by("started_at"))
    completions = list(LessonCompletion.objects.filter(user=user).order_by("completed_at"))
    course_titles = _titles_by_key(
        CoursePage, {e.course_key for e in enrollments} | {c.course_key for c in completions}
    )
    lesson_titles = _titles_by_key(LessonPage, {c.lesson_key for c in completions})
    return "course_progress", {
        "enrollments": [
            {
                "course": course_titles.get(e.course_key, ""),
                "course_key": str(e.course_key),
                "started_at": e.started_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in enrollments
        ],
        "lesson_completions": [
            {
                "lesson": lesson_titles.get(c.lesson_key, ""),
                "lesson_key": str(c.lesson_key),
                "course": course_titles.get(c.course_key, ""),
                "course_key": str(c.course_key),
                "completed_at": c.completed_at.isoformat(),
            }
            for c in completions
        ],
    }
