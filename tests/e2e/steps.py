"""Steps shared by the journeys: progress, completing a lesson, a reflection, mentor feedback."""

import re

from .signin import sign_in_to_admin

REFLECTION_TEXT = (
    "Мен бюджеттик угууга үч айылдын аялдарын чакырдым; алар суу түтүгү боюнча сунуштарын айтышты."
)
FEEDBACK_TEXT = "Абдан жакшы! Кийинки жолу сунуштарды жазуу жүзүндө да тапшырыңыз."


def progress_total(page):
    """Sum of the values of every progress bar in <main> (None when there is none)."""
    values = page.locator("main progress").evaluate_all("els => els.map(e => e.value)")
    return sum(values) if values else None


def dashboard_progress(page):
    """The dashboard's progress: its progress bars, and 100 for each completed course (a
    course that is done leaves "My courses" for "Completed courses")."""
    completed = page.locator("section[aria-labelledby=completed-heading] li").count()
    return (progress_total(page) or 0) + 100 * completed


def complete_lesson_button(page):
    return page.locator("form[action$='complete/']:not(:has(input[name=undo])) [type=submit]")


def fill_form_fields(form, text):
    """Fill every visible text field and choose the first real option of every select."""
    for field in form.locator("textarea:visible, input[type=text]:visible").all():
        if not field.input_value():
            field.fill(text)
    for select in form.locator("select:visible").all():
        values = select.locator("option").evaluate_all("os => os.map(o => o.value)")
        real = [v for v in values if v]
        if real:
            select.select_option(real[0])


def write_reflection(journey, text=REFLECTION_TEXT):
    """On a lesson page: open its reflection, answer, submit to the mentor."""
    page = journey.page
    journey.navigate(page.locator("main a[href$='reflection/']").first.click)
    journey.shot("reflection form")
    form = page.locator("form.reflection-form, main form:has(textarea)").first
    fill_form_fields(form, text)
    journey.shot("reflection written")
    journey.navigate(
        form.locator("[type=submit][value=submit], [type=submit]:not([value=draft])").last.click
    )
    journey.shot("reflection submitted")
    assert page.locator(".errorlist").count() == 0, page.locator(".errorlist").all_inner_texts()


def mentor_answers_in_admin(mentor, username, password, member_name, lesson_titles):
    """The mentor signs in to the Wagtail admin, opens the reflection and answers it.

    The admin shows the lesson in the mentor's language: any of its titles matches.
    """
    sign_in_to_admin(mentor, username, password)
    mentor.shot("admin dashboard")
    mentor.goto("/admin/club/reflections/")
    answer_from_queue(mentor, member_name, lesson_titles)


def answer_from_queue(mentor, member_name, lesson_titles):
    """On the review queue: open the member's reflection of the lesson and give feedback."""
    page = mentor.page
    mentor.shot("review queue")
    titles = re.compile("|".join(re.escape(title) for title in lesson_titles))
    row = page.locator("tr", has_text=titles).filter(has_text=member_name).first
    mentor.navigate(row.locator("a[href*='/admin/club/reflections/']").first.click)
    mentor.shot("reflection to review")
    page.locator("textarea[name=text]").fill(FEEDBACK_TEXT)
    mentor.navigate(page.locator("form:has(textarea[name=text]) [type=submit]").last.click)
    mentor.shot("feedback sent")


def open_menu(page):
    """On a phone the header's links are behind the menu button: open it (a no-op on wider
    screens, where the button is hidden and the links shown)."""
    button = page.locator("summary.menu-button")
    if button.is_visible() and page.locator("details.site-menu[open]").count() == 0:
        button.click()
