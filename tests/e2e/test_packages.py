"""Packages from elsewhere in a real browser: the demo SCORM 1.2 activity reports through
the runtime API (scorm-again on the lesson page), her place is kept and resumed after a
reload, and passing it completes the lesson; the demo H5P activity renders (h5p-standalone)
with no failed request and finishing it completes its lesson."""

import pytest

from .pages import lessons
from .signin import member_account, sign_in

pytestmark = pytest.mark.e2e

SLOT = 3
LANG = "en"


def package_lesson(site, lang, kind="scorm12"):
    return next(x for x in lessons(site) if x["package"] == kind and x["lang"] == lang)


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


def test_a_member_finishes_the_h5p_activity_and_the_lesson_is_complete(new_journey):
    journey = new_journey("phone", suffix="-h5p")
    page, site = journey.page, journey.site
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    username, password = member_account(site, SLOT)
    lesson = package_lesson(site, LANG, "h5p")
    assert sign_in(journey, username, password, LANG)

    journey.goto(lesson["url"])
    # h5p-standalone plays the activity in a frame of its own inside the package's page.
    frame = activity(page).frame_locator("iframe.h5p-iframe")
    frame.locator(".club-choice h2").wait_for()
    journey.shot("h5p activity")
    frame.locator(".club-choice button").first.click()
    frame.get_by_text("Think again.").wait_for()
    frame.locator(".club-choice button").nth(1).click()
    status(page).filter(has_text="Lesson completed").wait_for()
    journey.shot("h5p activity finished")

    journey.goto(lesson["url"])
    assert page.get_by_text("You have completed this lesson.").count() == 1
    assert failed == []
    journey.assert_clean()
