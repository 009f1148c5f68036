"""Runs inside the live site (`manage.py shell -c`) and prints what the journeys can visit.

The journeys don't hard-code slugs of other apps: they ask the seeded database which live
pages exist per page type and language, and which demo accounts the members app created.
"""

import contextlib
import json


def _page_urls():
    from wagtail.models import Page

    found = {}
    pages = Page.objects.live().public().specific().select_related("locale").order_by("path")
    for page in pages:
        label = f"{page._meta.app_label}.{page._meta.model_name}"
        members_only = bool(getattr(page, "members_only", False))
        by_lang = found.setdefault(label, {})
        urls = by_lang.setdefault(page.locale.language_code, [])
        if len(urls) < 5:
            urls.append({"url": page.get_url(), "members_only": members_only, "pk": page.pk})
    return found


def _demo_accounts():
    accounts = {}
    try:
        from home.members import demo
    except ImportError:
        return accounts
    names = ("MENTOR_USERNAME", "EDITOR_USERNAME", "COORDINATOR_USERNAME", "DEMO_MEMBER_USERNAMES")
    for name in (*names, "DEMO_PASSWORDS"):
        if hasattr(demo, name):
            accounts[name] = getattr(demo, name)
    for name in dir(demo):
        if name.endswith("PASSWORD") and isinstance(getattr(demo, name), str):
            accounts[name] = getattr(demo, name)
    return accounts


def _urls():
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    names = ["login", "logout", "members:account", "home:dashboard", "password_reset"]
    names += ["club:home", "club:directory", "club:initiatives", "club:profile"]
    out = {}
    for lang in ("ky", "ru", "en"):
        with translation.override(lang):
            for name in names:
                with contextlib.suppress(NoReverseMatch):
                    out.setdefault(name, {})[lang] = reverse(name)
    return out


def _lessons():
    """Every live lesson with what it asks of a member, and who mentors its course."""
    try:
        from courses.models import LessonPage
    except ImportError:
        return []
    lessons = []
    for lesson in LessonPage.objects.live().specific().select_related("locale").order_by("path"):
        course = lesson.get_parent().specific
        mentor = getattr(course, "mentor", None)
        kinds = {block.block_type for block in getattr(lesson, "body", [])}
        lessons.append(
            {
                "url": lesson.get_url(),
                "title": lesson.title,
                "lang": lesson.locale.language_code,
                "key": str(lesson.translation_key),
                "prompt": "reflection_prompt" in kinds,
                "map": "stakeholder_map" in kinds,
                "package": _package_kind(lesson) if "package" in kinds else None,
                "mentor": mentor.get_username() if mentor else None,
                "course_url": course.get_url(),
                "members_only": bool(getattr(course, "members_only", False)),
                "checks": _answer_key(lesson),
                "required_check": bool(getattr(lesson, "check_required", False)),
                "in_order": bool(getattr(course, "lessons_in_order", False)),
                "paced": bool(
                    getattr(lesson, "opens_on", None) or getattr(lesson, "opens_after_days", None)
                ),
            }
        )
    return lessons


def _package_kind(lesson):
    """The kind (scorm12, scorm2004, h5p) of the lesson's first package."""
    block = next(block for block in lesson.body if block.block_type == "package")
    return block.value["package"].kind


def _answer_key(lesson):
    """Per knowledge check: its id and, per question, the form field, right and wrong options."""
    try:
        from courses.checks import checks_in
    except ImportError:
        return []
    return [
        {
            "id": check.id,
            "questions": [
                {
                    "field": question.field_name,
                    "right": [o.id for o in question.options if o.correct],
                    "wrong": [o.id for o in question.options if not o.correct],
                }
                for question in check.questions
            ],
        }
        for check in checks_in(lesson)
    ]


def _member_state():
    """Per demo user: keys of lessons completed and of lessons with a reflection."""
    from django.contrib.auth import get_user_model

    state = {}
    for user in get_user_model().objects.all():
        entry = state.setdefault(user.get_username(), {"completed": [], "reflected": []})
        profile = getattr(user, "member_profile", None)
        entry["name"] = getattr(profile, "full_name", "") or user.get_full_name()
        if hasattr(user, "lesson_completions"):
            keys = user.lesson_completions.values_list("lesson_key", flat=True)
            entry["completed"] = [str(k) for k in keys]
        try:
            from courses.reflections.models import Reflection

            keys = Reflection.objects.filter(user=user).values_list("lesson_key", flat=True)
            entry["reflected"] = [str(k) for k in keys]
        except ImportError:
            pass
    return state


def _admin():
    """The Club's own admin lists and one edit view per model that has an object (settings
    and one page of each of the Club's page types included), found in the URL resolver."""
    from wagtail.models import Page

    from tests.admin_routes import (
        PROJECT_APPS,
        club_admin_routes,
        club_settings_paths,
        first_object_pk,
    )

    lists, edits = [], list(club_settings_paths())
    for route in club_admin_routes():
        if route.is_list:
            lists.append(route.path())
        elif route.is_edit and (pk := first_object_pk(route)) is not None:
            edits.append(route.path(pk=pk))
    seen = set()
    for page in Page.objects.specific(defer=True).order_by("path"):
        label = page._meta.label
        if type(page).__module__.split(".")[0] in PROJECT_APPS and label not in seen:
            seen.add(label)
            edits.append(f"/admin/pages/{page.pk}/edit/")
    return {"lists": lists, "edits": edits}


def main():
    data = {
        "admin": _admin(),
        "pages": _page_urls(),
        "accounts": _demo_accounts(),
        "urls": _urls(),
        "lessons": _lessons(),
        "state": _member_state(),
    }
    print("DISCOVER" + json.dumps(data))
