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


@cache
def _discover(site_key, site):
    result = site.manage("shell", "-c", "import tests.e2e.discover as d; d.main()")
    line = next(x for x in result.stdout.splitlines() if x.startswith("DISCOVER"))
    return json.loads(line[len("DISCOVER") :])


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


def pick_lesson(site, username, lang, prompt=False, mentor=None):
    """A lesson in `lang` the user has neither completed nor reflected on, not used yet."""
    state = discover(site).get("state", {}).get(username, {"completed": [], "reflected": []})
    for lesson in lessons(site):
        if lesson["lang"] != lang or (prompt and not lesson["prompt"]):
            continue
        if mentor and lesson["mentor"] != mentor:
            continue
        if lesson["key"] in state["completed"] or lesson["key"] in state["reflected"]:
            continue
        if (username, lesson["key"]) in _claimed:
            continue
        _claimed.add((username, lesson["key"]))
        return lesson
    return None
