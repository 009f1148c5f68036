"""Keyboard only: sign in and complete a lesson. JavaScript off: the whole member journey."""

import pytest

from .pages import pick_lesson
from .signin import member_account, sign_in
from .steps import complete_lesson_button, progress_total, write_reflection

pytestmark = pytest.mark.e2e

FOCUS_STYLE = """() => {
    const el = document.activeElement, style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        || style.boxShadow !== 'none';
}"""


def tab_to(journey, selector, limit=80):
    """Press Tab until the focused element matches `selector`; it must show its focus."""
    page = journey.page
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => !!document.activeElement?.matches(s)", selector):
            assert page.evaluate(FOCUS_STYLE), f"no visible focus on {selector}"
            return
    raise AssertionError(f"{selector} cannot be reached with Tab ({limit} presses)")


def test_keyboard_only_sign_in_and_complete_a_lesson(new_journey):
    journey = new_journey("desktop", suffix="-keyboard")
    page, site, lang = journey.page, journey.site, "ru"
    username, password = member_account(site, 1)
    # A visitor's lesson: she signs in from its "sign in" link.
    lesson = pick_lesson(site, username, lang, public=True)
    assert lesson, "no lesson to complete"

    journey.goto(lesson["url"])
    # The skip link comes first and moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    journey.shot("skip link focused")
    tab_to(journey, "main a[href*='/accounts/login/']")
    journey.shot("sign-in link focused")
    journey.navigate(lambda: page.keyboard.press("Enter"))
    tab_to(journey, "input[name=username]")
    page.keyboard.type(username)
    tab_to(journey, "input[name=password]")
    page.keyboard.type(password)
    journey.shot("sign-in form filled by keyboard")
    journey.navigate(lambda: page.keyboard.press("Enter"))
    page.wait_for_url("**" + lesson["url"] + "*")
    journey.shot("back on the lesson, signed in")

    before = progress_total(page)
    tab_to(journey, "form[action$='complete/']:not(:has(input[name=undo])) [type=submit]")
    journey.shot("complete button focused")
    journey.navigate(lambda: page.keyboard.press("Enter"))
    journey.shot("lesson completed by keyboard")
    assert progress_total(page) > before
    journey.assert_clean()


def test_member_journey_with_javascript_disabled(new_journey):
    journey = new_journey("phone", javascript=False, suffix="-nojs")
    page, site, lang = journey.page, journey.site, "ru"
    username, password = member_account(site, 3)
    lesson = pick_lesson(site, username, lang, prompt=True)
    assert lesson, "no lesson with a reflection prompt"

    assert sign_in(journey, username, password, lang)
    journey.goto(lesson["url"])
    journey.shot("lesson without javascript")
    before = progress_total(page)
    journey.navigate(complete_lesson_button(page).click)
    assert progress_total(page) > before
    journey.shot("completed without javascript")
    journey.goto(lesson["url"])
    write_reflection(journey)
    journey.goto(lesson["url"])
    journey.shot("lesson shows the submitted reflection")
    assert page.locator(".reflection-summary, .reflection-status").count() >= 1
    journey.assert_clean()
