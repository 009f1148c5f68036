"""A member learns on a phone or a desktop; her mentor answers in the Wagtail admin.

Sign in → dashboard → lesson → mark complete (progress bar moves) → write and submit a
reflection → the mentor signs in to the admin and answers → the member reads the feedback
on the lesson and sees her progress on the dashboard.
"""

import pytest

from .pages import accounts, discover, lessons, pick_lesson, url_name
from .signin import member_account, mentor_account, sign_in
from .steps import (
    FEEDBACK_TEXT,
    complete_lesson_button,
    dashboard_progress,
    mentor_answers_in_admin,
    progress_total,
    write_reflection,
)

pytestmark = pytest.mark.e2e

SLOTS = {"phone": 0, "desktop": 2}  # different demo members, so the runs don't collide


def test_member_completes_a_lesson_reflects_and_reads_mentor_feedback(
    journey, new_journey, viewport
):
    site, page, lang = journey.site, journey.page, "ky"
    username, password = member_account(site, SLOTS[viewport])
    mentor_name = accounts(site).get("MENTOR_USERNAME")
    lesson = pick_lesson(site, username, lang, prompt=True, mentor=mentor_name)
    assert lesson, f"no lesson with a reflection prompt mentored by {mentor_name} for {username}"

    assert sign_in(journey, username, password, lang)
    dashboard = url_name(site, "home:dashboard", lang)
    journey.goto(dashboard)
    journey.shot("dashboard before")
    dashboard_before = dashboard_progress(page)

    journey.goto(lesson["url"])
    assert journey.lang() == lang
    journey.shot("lesson")
    before = progress_total(page)
    journey.navigate(complete_lesson_button(page).click)
    journey.shot("lesson completed")
    after = progress_total(page)
    assert before is not None and after is not None
    assert after > before, f"progress bar did not move: {before} → {after}"
    assert complete_lesson_button(page).count() == 0  # now offers "mark as not done"

    journey.goto(lesson["url"])
    write_reflection(journey)

    mentor = new_journey(viewport, suffix="-mentor")
    mentor_username, mentor_password = mentor_account(site)
    member_name = discover(site)["state"][username]["name"]
    titles = {item["title"] for item in lessons(site) if item["key"] == lesson["key"]}
    mentor_answers_in_admin(mentor, mentor_username, mentor_password, member_name, titles)
    assert mentor.page.locator("text=" + FEEDBACK_TEXT).count() >= 1 or "/admin/" in mentor.page.url

    journey.goto(lesson["url"])
    journey.shot("lesson with feedback")
    assert page.get_by_text(FEEDBACK_TEXT).count() >= 1, "the member does not see the feedback"
    journey.goto(dashboard)
    journey.shot("dashboard after")
    assert dashboard_progress(page) > dashboard_before, "dashboard progress did not move"
    journey.assert_clean()
    mentor.assert_clean()
