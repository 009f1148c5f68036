"""The learning loop in a real browser: a member answers a knowledge check wrong, then right,
completes every lesson of a course, downloads her certificate (PDF, her name in Kyrgyz
letters inside), and a visitor opens its verification page.
"""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from .a11y import violations
from .pages import claim_course, discover
from .signin import member_account, sign_in
from .steps import complete_lesson_button

pytestmark = pytest.mark.e2e

SLOT = 5  # a demo member whose courses no other journey completes


def answer(page, check, right):
    """Tick answers of one check: every question right, or the first question wrong."""
    form = page.locator(f"#check-{check['id']} form")
    for number, question in enumerate(check["questions"]):
        wanted = question["right"] if right or number else question["wrong"][:1]
        for box in form.locator(f"input[name='{question['field']}']").all():
            value = box.get_attribute("value")
            if box.get_attribute("type") == "radio":
                if value in wanted:
                    box.check()
            elif value in wanted:
                box.check()
            else:
                box.uncheck()
    return form.locator("[type=submit]")


def test_check_wrong_then_right_complete_the_course_and_verify_the_certificate(new_journey):
    journey = new_journey("desktop", suffix="-learning")
    page, site, lang = journey.page, journey.site, "ky"
    username, password = member_account(site, SLOT)
    lessons = claim_course(site, username, lang)
    assert lessons, f"no demo course with a knowledge check left for {username}"
    assert sign_in(journey, username, password, lang)

    journey.goto(lessons[0]["course_url"])
    start = page.locator("form[action$='start/'] [type=submit]")
    if start.count():
        journey.navigate(start.click)
    tried_wrong = False
    for lesson in lessons:
        journey.goto(lesson["url"])
        for check in lesson["checks"]:
            if not tried_wrong:
                journey.navigate(answer(page, check, right=False).click)
                result = page.locator(f"#check-{check['id']} .check-result")
                assert result.count() == 1 and "check-passed" not in result.get_attribute("class")
                assert page.locator(f"#check-{check['id']} .check-wrong").count() >= 1
                journey.shot("check answered wrong")
                assert not violations(page), violations(page)
                tried_wrong = True
            journey.navigate(answer(page, check, right=True).click)
            assert page.locator(f"#check-{check['id']} .check-result.check-passed").count() == 1
            journey.shot("check passed")
        journey.navigate(complete_lesson_button(page).click)
        assert complete_lesson_button(page).count() == 0, f"not completed: {lesson['url']}"
    assert tried_wrong

    journey.goto(lessons[0]["course_url"])
    journey.shot("course completed, certificate offered")
    with page.expect_download() as download_info:
        page.locator("#certificate a.button[href$='/pdf/']").click()
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    name = discover(site)["state"][username]["name"]
    assert name in text, f"{name!r} not in the certificate"
    verify_link = page.locator("#certificate a[href*='/certificates/']:not([href$='/pdf/'])")
    verify_path = verify_link.first.get_attribute("href")
    assert verify_path.split("/")[-2] in text  # the code printed next to the QR code

    visitor = new_journey("phone", suffix="-verifier")
    visitor.goto(verify_path)
    visitor.shot("verification page")
    assert visitor.page.locator(".certificate-valid").count() == 1
    assert visitor.page.get_by_text(name).count() >= 1
    assert visitor.page.locator("a[href$='/pdf/']").count() == 0
    visitor.goto(verify_path[:-2] + "x/", expect_status=404)
    journey.assert_clean()
    visitor.assert_clean()
