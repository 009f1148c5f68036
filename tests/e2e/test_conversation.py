"""The conversation after feedback, in a real browser: the member asks on her reflection
page, her mentor finds the question on her admin home and replies, the member sees the
notice on her dashboard and reads the reply. Plain forms: nothing here needs JavaScript.
"""

import pytest

from .pages import accounts, discover, lessons, pick_lesson, url_name
from .signin import member_account, mentor_account, sign_in
from .steps import mentor_answers_in_admin, write_reflection

pytestmark = pytest.mark.e2e

SLOT = 1
QUESTION = "Экинчи сунушуңузду түшүндүрүп бересизби? Бул мисал."
REPLY = "Ооба: угууга чейин сунуштарды жазуу жүзүндө чогултуңуз. Бул мисал."


def test_member_asks_mentor_replies_from_her_admin_home(journey, new_journey):
    site, page, lang = journey.site, journey.page, "ky"
    username, password = member_account(site, SLOT)
    mentor_name = accounts(site).get("MENTOR_USERNAME")
    lesson = pick_lesson(site, username, lang, prompt=True, mentor=mentor_name)
    assert lesson, f"no lesson with a reflection prompt mentored by {mentor_name} for {username}"
    assert sign_in(journey, username, password, lang)
    journey.goto(lesson["url"])
    write_reflection(journey)

    mentor = new_journey("desktop", suffix="-conversation-mentor")
    mentor_username, mentor_password = mentor_account(site)
    member_name = discover(site)["state"][username]["name"]
    titles = {item["title"] for item in lessons(site) if item["key"] == lesson["key"]}
    mentor_answers_in_admin(mentor, mentor_username, mentor_password, member_name, titles)

    # She asks under the feedback; her reflection stays closed to changes.
    journey.goto(lesson["url"] + "reflection/")
    form = page.locator("form.conversation-form")
    form.locator("textarea[name=body]").fill(QUESTION)
    journey.navigate(form.locator("[type=submit][value=message]").click)
    journey.shot("her question sent")
    assert page.locator(".conversation-thread").get_by_text(QUESTION).count() == 1

    # Her mentor sees it on her admin home and replies from the review page.
    mentor.goto("/admin/")
    mentor.shot("admin home with the member's answer")
    link = mentor.page.locator("#reflections-unanswered-messages-section a[href$='#conversation']")
    link = link.filter(has_text=member_name).first
    mentor.navigate(link.click)
    reply = mentor.page.locator("form:has([value=reply])")
    reply.locator("textarea[name=body]").fill(REPLY)
    mentor.navigate(reply.locator("[type=submit][value=reply]").click)
    mentor.shot("reply sent")
    assert mentor.page.locator(".conversation-thread").get_by_text(REPLY).count() == 1

    # The member's dashboard says so; the link leads to the reply.
    journey.goto(url_name(site, "home:dashboard", lang))
    notice = page.locator(".replies-notice a[href$='#conversation']").first
    journey.shot("dashboard: your mentor replied")
    journey.navigate(notice.click)
    assert page.locator(".conversation-thread").get_by_text(REPLY).count() == 1
    journey.goto(url_name(site, "home:dashboard", lang))
    assert page.locator(".replies-notice").count() == 0  # read now
    journey.assert_clean()
    mentor.assert_clean()
