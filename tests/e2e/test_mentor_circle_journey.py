"""Issue 27 done, in a real browser: the mentor's workspace from a circle to her reports.

A regional coordinator creates a circle in Admin → Circles (her oblast, the demo mentor,
three members of her oblast, a course, a start date, one meeting) → a member sees the circle,
her mentor and the meeting on her dashboard and submits a reflection on a lesson of the
circle's course → the mentor's admin home counts it waiting, its link leads to the review
queue, she gives feedback → the member answers on her reflection page → the answer is on the
mentor's admin home, she replies from the review page → the member reads the reply (and the
dashboard says so) → the mentor reads the course report and the member report of her circle,
and nothing of a member of another oblast outside her scope (an editor does see her).
"""

import json
import re
from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from .pages import accounts, discover, lessons, pick_lesson, url_name
from .signin import mentor_account, sign_in, sign_in_to_admin
from .steps import answer_from_queue, write_reflection

pytestmark = pytest.mark.e2e

BISHKEK = ZoneInfo("Asia/Bishkek")
CIRCLE_NAME = "Жалал-Абад тобу — саякат текшерүүсү (мисал)"
MEETING_TOPIC = "Мисал: бюджеттик угууга даярдануу"
ANSWER = "Кийинки сессияга чейин сунуштарды кантип чогултсам болот? Бул мисал."
REPLY = "Айылдык жыйындарда кагаз түрүндө чогултуңуз. Бул мисал."


def prepare_people(site, lesson_key):
    """Three members of the coordinator's oblast and an outsider (tests/e2e/circle_setup.py)."""
    code = f"import tests.e2e.circle_setup as s; s.main({lesson_key!r})"
    out = site.manage("shell", "-c", code).stdout
    line = next(x for x in out.splitlines() if x.startswith("CIRCLE"))
    return json.loads(line[len("CIRCLE") :])


def waiting_count(mentor):
    """The number the mentor's admin-home panel gives for reflections waiting (0: none)."""
    mentor.goto("/admin/")
    first_line = mentor.page.locator("#club-mentor-waiting-section .club-waiting-lines > li")
    found = re.search(r"\d+", first_line.first.inner_text())
    return int(found.group()) if found else 0


def fill_date(field, value):
    """Set one of Wagtail's date fields as its picker would (typing into it opens the
    picker, which then covers the fields below it)."""
    field.evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('change', {bubbles: true})); }",
        value,
    )


def coordinator_creates_the_circle(coordinator, people, starts_on, meeting_at):
    page = coordinator.page
    coordinator.goto("/admin/")
    coordinator.navigate(page.locator("a[href='/admin/club-circles/']").first.click)
    coordinator.navigate(page.locator("a[href='/admin/club-circles/new/']").first.click)
    coordinator.shot("new circle form")
    page.locator("input[name=name]").fill(CIRCLE_NAME)
    page.locator("select[name=oblast]").select_option("jalal-abad")
    page.locator(f"input[name=mentors][value='{people['mentor_pk']}']").check()
    for member in people["members"]:
        page.locator(f"input[name=members][value='{member['pk']}']").check()
    page.locator(f"input[name=courses][value='{people['course_key']}']").check()
    fill_date(page.locator("input[name=starts_on]"), starts_on.isoformat())
    page.locator("input[name=meets_online]").fill("https://meet.example.org/journey-circle")
    page.locator("#id_meetings-ADD").click()
    fill_date(page.locator("input[name='meetings-0-starts_at']"), f"{meeting_at:%Y-%m-%d %H:%M}")
    page.locator("input[name='meetings-0-topic']").fill(MEETING_TOPIC)
    coordinator.shot("circle filled in")
    coordinator.navigate(page.locator("footer .actions--primary button[type=submit]").first.click)
    coordinator.shot("circle created")
    assert page.locator(".error-message, .help-critical").count() == 0, page.content()[:3000]
    assert page.url.endswith("/admin/club-circles/"), page.url
    row = page.locator("tr", has_text=CIRCLE_NAME)
    assert row.count() == 1, "the new circle is not in her list"
    return row.locator("a[href*='/admin/club-circles/']").first.get_attribute("href")


def test_coordinator_circle_mentor_feedback_conversation_and_reports(new_journey):
    coordinator = new_journey("desktop", suffix="-coordinator")
    site = coordinator.site
    found = accounts(site)
    mentor_username, mentor_password = mentor_account(site)
    lang = "ky"
    # A lesson of the mentor's with a reflection prompt, not held by a date or an order.
    lesson = pick_lesson(site, "journey_circle_1", lang, prompt=True, mentor=mentor_username)
    assert lesson, "no open lesson with a reflection prompt left"
    people = prepare_people(site, lesson["key"])
    member = people["members"][0]

    mentor = new_journey("desktop", suffix="-mentor")
    sign_in_to_admin(mentor, mentor_username, mentor_password)
    waiting_before = waiting_count(mentor)

    # 1. The coordinator creates the circle through the real form.
    coordinator_username = found["COORDINATOR_USERNAME"]
    sign_in_to_admin(
        coordinator, coordinator_username, site.credentials[coordinator_username]["password"]
    )
    today = datetime.now(BISHKEK).date()
    meeting_at = datetime.combine(today + timedelta(days=3), datetime.min.time(), BISHKEK)
    meeting_at = meeting_at.replace(hour=15)
    circle_url = coordinator_creates_the_circle(coordinator, people, today, meeting_at)
    circle_id = re.search(r"/(\d+)/", circle_url).group(1)

    # 2. The member sees her circle, her mentor and the meeting; she reflects on a lesson.
    journey = new_journey("desktop", suffix="-member")
    page = journey.page
    assert sign_in(journey, member["username"], people["password"], lang)
    journey.goto(url_name(site, "home:dashboard", lang))
    journey.shot("dashboard with her circle")
    panel = page.locator(".circles-panel .card", has_text=CIRCLE_NAME)
    assert panel.count() == 1, "her dashboard does not show the new circle"
    mentor_name = discover(site)["state"][mentor_username]["name"]
    assert mentor_name in panel.inner_text()
    assert panel.locator(f"time[datetime^='{meeting_at.date().isoformat()}']").count() == 1
    assert MEETING_TOPIC in panel.inner_text()
    for other in people["members"][1:]:
        assert other["name"] in panel.inner_text()
    journey.goto(lesson["url"])
    write_reflection(journey)

    # 3. The mentor's admin home counts it; its link leads to the queue; she gives feedback.
    assert waiting_count(mentor) == waiting_before + 1
    mentor.shot("admin home: one more reflection waits")
    mentor.navigate(
        mentor.page.locator(
            "#club-mentor-waiting-section a[href='/admin/club/reflections/']"
        ).first.click
    )
    titles = {item["title"] for item in lessons(site) if item["key"] == lesson["key"]}
    answer_from_queue(mentor, member["name"], titles)
    assert waiting_count(mentor) == waiting_before

    # 4. The member answers the feedback on her reflection page.
    reflection_path = lesson["url"] + "reflection/"
    journey.goto(reflection_path)
    form = page.locator("form.conversation-form")
    form.locator("textarea[name=body]").fill(ANSWER)
    journey.navigate(form.locator("[type=submit][value=message]").click)
    journey.shot("her answer sent")
    assert page.locator(".conversation-thread").get_by_text(ANSWER).count() == 1

    # 5. Her answer is on the mentor's admin home; she replies from the review page.
    mentor.goto("/admin/")
    mentor.shot("admin home: the member's answer")
    answers = mentor.page.locator("#reflections-unanswered-messages-section")
    link = answers.locator("a[href$='#conversation']").filter(has_text=member["name"]).first
    mentor.navigate(link.click)
    assert mentor.page.locator(".conversation-thread").get_by_text(ANSWER).count() == 1
    reply = mentor.page.locator("form:has([value=reply])")
    reply.locator("textarea[name=body]").fill(REPLY)
    mentor.navigate(reply.locator("[type=submit][value=reply]").click)
    mentor.shot("reply sent")
    assert mentor.page.locator(".conversation-thread").get_by_text(REPLY).count() == 1

    # 6. The member's dashboard says her mentor replied; the reply is on her page.
    journey.goto(url_name(site, "home:dashboard", lang))
    journey.shot("dashboard: the mentor replied")
    journey.navigate(page.locator(".replies-notice a[href$='#conversation']").first.click)
    journey.shot("the reply on her reflection page")
    assert page.locator(".conversation-thread").get_by_text(REPLY).count() == 1

    # 7. Her reports: the course report, the member report of her circle; nothing outside.
    mentor.goto("/admin/club/progress-reports/courses/")
    mentor.shot("course report")
    course_rows = mentor.page.locator(".club-report-table tbody tr")
    course_titles = re.compile("|".join(map(re.escape, people["course_titles"])))
    assert course_rows.filter(has_text=course_titles).count() == 1, "her circle's course"
    mentor.goto("/admin/club/progress-reports/members/?" + urlencode({"circle": circle_id}))
    mentor.shot("member report of her circle")
    table = mentor.page.locator(".club-report-table tbody")
    for one in people["members"]:
        assert table.get_by_text(one["name"]).count() == 1, f"{one['name']} not in her report"
    assert table.locator("tr").count() == len(people["members"])  # her circle's, no one else

    outside = {"circle": people["outside_circle"]}, {"oblast": "naryn"}
    for query in outside:
        mentor.goto("/admin/club/progress-reports/members/?" + urlencode(query))
        mentor.shot(f"member report refused {query}")
        assert mentor.page.get_by_text(people["outsider"]).count() == 0, query
    mentor.goto(f"/admin/club-circles/inspect/{circle_id}/")  # the circle she leads
    assert mentor.page.get_by_text(CIRCLE_NAME).count() >= 1
    mentor.goto(f"/admin/club-circles/inspect/{people['outside_circle']}/", expect_status=404)

    # An editor follows every member: the same report shows her (the data is there).
    editor = new_journey("desktop", suffix="-editor")
    editor_username = found["EDITOR_USERNAME"]
    sign_in_to_admin(editor, editor_username, site.credentials[editor_username]["password"])
    editor.goto("/admin/club/progress-reports/members/?" + urlencode({"oblast": "naryn"}))
    editor.shot("the editor's member report of the other oblast")
    editor_table = editor.page.locator(".club-report-table tbody")
    assert editor_table.get_by_text(people["outsider"]).count() == 1

    for tab in (coordinator, journey, mentor, editor):
        tab.assert_clean()
