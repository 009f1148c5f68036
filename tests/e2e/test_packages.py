"""Packages from elsewhere in a real browser: the demo SCORM 1.2 activity reports through
the runtime API (scorm-again on the lesson page), her place is kept and resumed after a
reload, and passing it completes the lesson; the demo H5P activity renders (h5p-standalone)
with no failed request and finishing it completes its lesson."""

import pytest

from .pages import lessons
from .signin import member_account, sign_in

pytestmark = pytest.mark.e2e

SLOT = 3
OFFLINE_SLOT = 2
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


def test_the_scorm_lesson_plays_offline_after_saving_and_its_results_wait(new_journey):
    journey = new_journey("phone", suffix="-scorm-offline")
    page, context, site = journey.page, journey.page.context, journey.site
    username, password = member_account(site, OFFLINE_SLOT)
    lesson = package_lesson(site, LANG)
    assert sign_in(journey, username, password, LANG)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")

    journey.goto(lesson["course_url"])
    save = page.locator("[data-offline-save]")
    save.get_by_role("button", name="Save this course for offline").click()
    save.locator("[data-offline-question]").wait_for()
    save.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.querySelector('[data-offline-save]').dataset.saved")

    context.set_offline(True)
    journey.goto(lesson["url"])
    frame = activity(page)
    frame.locator("h1").wait_for()
    frame.locator("[data-slide='1'] [data-next]").click()
    frame.locator("[data-slide='2'] h2").wait_for()
    status(page).filter(has_text="You are offline").wait_for()
    page.locator("#offline-banner li").first.wait_for()
    journey.shot("scorm lesson offline, results waiting")

    context.set_offline(False)
    page.wait_for_function("() => !document.querySelector('#offline-banner li')")
    journey.goto(lesson["url"])  # back online: the server has her place
    frame = activity(page)
    frame.locator("#welcome-back").wait_for(state="visible")
    assert frame.locator("body").get_attribute("data-current") == "2"
    journey.shot("scorm lesson resumed online")
    journey.assert_clean()
