"""A package from elsewhere in a real browser: the demo SCORM 1.2 activity reports through
the runtime API (scorm-again on the lesson page), her place is kept and resumed after a
reload, and passing it completes the lesson."""

import pytest

from .pages import lessons
from .signin import member_account, sign_in

pytestmark = pytest.mark.e2e

SLOT = 3
LANG = "en"


def package_lesson(site, lang):
    return next(x for x in lessons(site) if x["package"] and x["lang"] == lang)


def activity(page):
    return page.frame_locator("iframe.package-player__frame")


def status(page):
    return page.locator("[data-package-status]")


def test_a_member_plays_resumes_and_completes_the_scorm_lesson(new_journey):
    journey = new_journey("desktop", suffix="-scorm")
    page, site = journey.page, journey.site
    username, password = member_account(site, SLOT)
    lesson = package_lesson(site, LANG)
    assert sign_in(journey, username, password, LANG)

    journey.goto(lesson["url"])
    frame = activity(page)
    frame.locator("h1").wait_for()
    assert frame.locator("#welcome-back").is_hidden()
    frame.locator("[data-slide='1'] [data-next]").click()
    frame.locator("[data-slide='2'] h2").wait_for()
    status(page).filter(has_text="Your place in this activity is saved.").wait_for()
    journey.shot("scorm activity on step 2")

    # Another visit: the package resumes from its suspend data (step 2, "welcome back").
    journey.goto(lesson["url"])
    frame = activity(page)
    frame.locator("#welcome-back").wait_for(state="visible")
    assert frame.locator("body").get_attribute("data-current") == "2"
    journey.shot("scorm activity resumed")

    frame.locator("[data-slide='2'] [data-next]").click()
    frame.locator("[data-answer='right']").click()
    status(page).filter(has_text="Lesson completed").wait_for()
    journey.shot("scorm activity passed")

    journey.goto(lesson["url"])
    assert page.get_by_text("You have completed this lesson.").count() == 1
    journey.assert_clean()
