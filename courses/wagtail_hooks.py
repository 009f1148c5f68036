"""The courses app's dashboard panels, admin views and share of the privacy export."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.models import Track
from home.search.registry import SEARCH_KIND_HOOK, SearchKind

from . import demo
from .admin_views import CertificateViewSet
from .dashboard import certificates_panel, my_learning_panel
from .models import (
    Certificate,
    CheckAttempt,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
)
from .reminders import inactivity_nudges, new_course_notifications
from .reports import wagtail_hooks as report_hooks  # noqa: F401 - registers its hooks

# "My learning" comes first on the member dashboard, her certificates right after.
hooks.register("register_member_dashboard_panel", my_learning_panel, order=10)
hooks.register("register_member_dashboard_panel", certificates_panel, order=15)

# `manage.py send_reminders`: a new course in her tracks; back to a course she left.
hooks.register("register_reminder", new_course_notifications)
hooks.register("register_reminder", inactivity_nudges)


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet("certificates")


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


@hooks.register("register_member_data_export")
def export_checks_and_certificates(user):
    """Her knowledge-check attempts (every answer she sent) and her certificates."""
    attempts = list(CheckAttempt.objects.filter(user=user).order_by("created_at"))
    lesson_titles = _titles_by_key(LessonPage, {a.lesson_key for a in attempts})
    return "knowledge_checks_and_certificates", {
        "knowledge_check_attempts": [
            {
                "lesson": lesson_titles.get(a.lesson_key, ""),
                "lesson_key": str(a.lesson_key),
                "check": a.check_id,
                "answers": a.answers,
                "score": a.score,
                "passed": a.passed,
                "answered_at": a.created_at.isoformat(),
            }
            for a in attempts
        ],
        "certificates": [
            {
                "name": c.full_name,
                "course": c.course_titles,
                "course_key": str(c.course_key),
                "mentor": c.mentor_name,
                "language": c.language,
                "code": c.code,
                "issued_at": c.issued_at.isoformat(),
                "revoked": c.revoked,
                "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
                "revocation_reason": c.revocation_reason,
            }
            for c in Certificate.objects.filter(user=user).order_by("issued_at")
        ],
    }


# `manage.py seed_demo`: tracks, courses and lessons.
hooks.register("register_demo_seeder", demo.seed, order=20)


@hooks.register("register_home_page_action")
def start_learning(home_page):
    """ "Start learning" on the home page's first screen, leading to the catalogue."""
    catalogue = CourseIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    return (_("Start learning"), catalogue.url) if catalogue else None


def _track_suggestions(locale):
    """The tracks of `locale`, each leading to the catalogue filtered by it."""
    catalogue = CourseIndexPage.objects.live().public().filter(locale=locale).first()
    if catalogue is None:
        return []
    url = catalogue.get_url()
    return [
        (track.name, f"{url}?track={track.slug}") for track in Track.objects.filter(locale=locale)
    ]


@hooks.register(SEARCH_KIND_HOOK)
def courses_in_search():
    return SearchKind(
        "courses",
        _("Courses"),
        CoursePage,
        order=10,
        summary_field="summary",
        suggestions_heading=_("Tracks"),
        suggestions=_track_suggestions,
    )


@hooks.register(SEARCH_KIND_HOOK)
def lessons_in_search():
    return SearchKind("lessons", _("Lessons"), LessonPage, order=20, summary_field="intro")
