"""What the live site holds (asked once per session) and small page helpers."""

import json
from functools import cache

# The page type of each section (app_label.model_name) in the seeded demo site.
SECTIONS = {
    "home": ["home.homepage"],
    "news": ["news.newsindexpage"],
    "article": ["news.newspage"],
    "events": ["news.eventindexpage"],
    "event": ["news.eventpage"],
    "catalogue": ["courses.courseindexpage"],
    "course": ["courses.coursepage"],
    "lesson": ["courses.lessonpage"],
    "library": ["library.libraryindexpage"],
    "library_item": ["library.libraryitempage"],
}


def ask_the_site(site, module, tag):
    """Run `module.main()` in the live site's shell and read the JSON it prints after `tag`."""
    result = site.manage("shell", "-c", f"import {module} as m; m.main()")
    line = next(x for x in result.stdout.splitlines() if x.startswith(tag))
    return json.loads(line[len(tag) :])


@cache
def _discover(site_key, site):
    return ask_the_site(site, "tests.e2e.discover", "DISCOVER")


def discover(site):
    return _discover(site.base_url, site)


def pages_of(site, section, lang, public_only=False):
    """URLs of live pages of a section in a language ([] if the app hasn't built it)."""
    pages = discover(site)["pages"]
    for label in SECTIONS[section]:
        if label in pages:
            found = pages[label].get(lang, [])
            if public_only:
                found = [p for p in found if not p["members_only"]]
            return [p["url"] for p in found]
    return []


def page_url(site, section, lang, public_only=False):
    urls = pages_of(site, section, lang, public_only)
    return urls[0] if urls else None


def url_name(site, name, lang):
    return discover(site)["urls"].get(name, {}).get(lang)


def accounts(site):
    return discover(site)["accounts"]


_claimed = set()


def lessons(site):
    return discover(site).get("lessons", [])


def _untouched(site, username, lesson):
    state = discover(site).get("state", {}).get(username, {"completed": [], "reflected": []})
    key = lesson["key"]
    return not (
        key in state["completed"] or key in state["reflected"] or (username, key) in _claimed
    )


def pick_lesson(site, username, lang, prompt=False, mentor=None, public=False):
    """A lesson in `lang` the user has neither completed nor reflected on, not used yet
    (`public`: one a visitor can open too).

    Lessons that a knowledge check or an opening date holds closed are left to the learning
    journey (test_learning_loop.py)."""
    for lesson in lessons(site):
        if lesson["lang"] != lang or (prompt and not lesson["prompt"]):
            continue
        if public and lesson["members_only"]:
            continue
        if lesson.get("required_check") or lesson.get("paced") or lesson.get("in_order"):
            continue
        if lesson.get("package"):  # left to the package journeys (test_packages.py)
            continue
        if mentor and lesson["mentor"] != mentor:
            continue
        if not _untouched(site, username, lesson):
            continue
        _claimed.add((username, lesson["key"]))
        return lesson
    return None


def claim_course(site, username, lang):
    """The lessons (in order) of a course in `lang` with a knowledge check, no opening dates
    and nothing done by the user yet; claimed for her, so no other journey uses them."""
    courses = {}
    for lesson in lessons(site):
        if lesson["lang"] == lang:
            courses.setdefault(lesson["course_url"], []).append(lesson)
    for course in courses.values():
        if not any(lesson["checks"] for lesson in course):
            continue
        if any(lesson.get("paced") for lesson in course):
            continue
        if all(_untouched(site, username, lesson) for lesson in course):
            _claimed.update((username, lesson["key"]) for lesson in course)
            return course
    return []
