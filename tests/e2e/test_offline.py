"""Offline on a slow village connection: pages kept by the service worker, a course saved for
the road, "mark complete" and a reflection draft queued offline and sent once, and nothing
left after sign-out.

Every journey signs in an English-speaking demo member through the real form, waits until the
service worker controls the tab, then cuts the network with `context.set_offline(True)`.
"""

import pytest

from .pages import lessons, pick_lesson
from .signin import member_account, sign_in
from .steps import complete_lesson_button, open_menu

pytestmark = pytest.mark.e2e

LANG = "en"
SLOT = 5


def _signed_in(journey):
    username, password = member_account(journey.site, SLOT)
    assert sign_in(journey, username, password, LANG, shot=False)
    return username


def _wait_for_worker(page):
    """The service worker is installed and controls this tab."""
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")


def _kept_pages(page, name="club-pages"):
    """The paths the service worker ("club-pages") or a deliberate save ("club-saved") kept."""
    return page.evaluate(
        """async (name) => {
            const cache = await caches.open(name);
            return (await cache.keys()).map((request) => new URL(request.url).pathname);
        }""",
        name,
    )


def _completions(site, username, key):
    code = (
        "from courses.models import LessonCompletion as C; "
        f"print('COUNT', C.objects.filter(user__username={username!r}, lesson_key={key!r}).count())"
    )
    out = site.manage("shell", "-c", code).stdout
    return int(next(line for line in out.splitlines() if line.startswith("COUNT")).split()[1])


def _draft_text(site, username, key):
    """Her saved reflection answers on the lesson, as one string ("" when none)."""
    code = (
        "from courses.reflections.models import Reflection as R; "
        f"r = R.objects.filter(user__username={username!r}, lesson_key={key!r}).first(); "
        "print('TEXT', ' | '.join(r.answer_texts()) if r else '')"
    )
    out = site.manage("shell", "-c", code).stdout
    return next(line for line in out.splitlines() if line.startswith("TEXT"))[5:]


def test_a_reflection_draft_written_offline_is_saved_when_back_online(new_journey):
    journey = new_journey("phone", suffix="-draft")
    page, context, site = journey.page, journey.page.context, journey.site
    username = _signed_in(journey)
    _wait_for_worker(page)
    lesson = pick_lesson(site, username, LANG, prompt=True)
    assert lesson, "no lesson with a reflection left for this member"
    journey.goto(lesson["url"] + "reflection/")
    context.set_offline(True)
    page.wait_for_function("() => !navigator.onLine")
    text = "Written on the bus to the aiyl okmotu, without a connection."
    page.locator("#reflection-form textarea").first.fill(text)
    banner = page.locator("#offline-banner")
    banner.locator("li", has_text=lesson["title"]).wait_for(timeout=15000)  # the 4 s autosave
    journey.shot("reflection draft waiting offline")
    assert page.locator("#reflection-form .autosave-status").inner_text()
    assert text not in _draft_text(site, username, lesson["key"])
    context.set_offline(False)
    page.wait_for_function("() => document.querySelector('#offline-banner').hidden", timeout=15000)
    journey.shot("reflection draft sent")
    assert text in _draft_text(site, username, lesson["key"])
    page.reload()  # the saved draft is what the form shows now
    assert page.locator("#reflection-form textarea").first.input_value() == text
    journey.assert_clean()


def test_a_public_lesson_read_online_can_be_read_again_offline(new_journey):
    """The worker keeps the public pages she reads (a visitor here); a member's copy of a
    lesson is private, kept only when she saves its course (the last journey)."""
    journey = new_journey("phone", suffix="-read")
    page, context = journey.page, journey.page.context
    journey.goto(f"/{LANG}/")
    _wait_for_worker(page)
    lesson = next(
        item for item in lessons(journey.site) if item["lang"] == LANG and not item["members_only"]
    )
    journey.goto(lesson["url"])
    page.wait_for_function(
        """async (path) => (await (await caches.open("club-pages")).keys())
            .some((request) => new URL(request.url).pathname === path)""",
        arg=lesson["url"],
    )
    context.set_offline(True)
    page.reload()
    journey.shot("lesson offline")
    assert page.locator("h1").inner_text() == lesson["title"]
    assert page.locator("#offline-banner").is_visible()
    # A page she never opened: the offline page of her language, not the browser's error.
    journey.goto(f"/{LANG}/not-kept-{lesson['key']}/")
    assert page.locator("h1").inner_text() == "You are offline"
    context.set_offline(False)
    journey.assert_clean()


def test_mark_complete_offline_is_sent_once_when_back_online(new_journey):
    journey = new_journey("phone", suffix="-queue")
    page, context, site = journey.page, journey.page.context, journey.site
    username = _signed_in(journey)
    _wait_for_worker(page)
    lesson = pick_lesson(site, username, LANG)
    assert lesson, "no lesson left to complete"
    journey.goto(lesson["url"])
    posts = []
    page.on(
        "request",
        lambda request: (
            posts.append(request.url)
            if request.method == "POST" and request.url.endswith("/complete/")
            else None
        ),
    )
    context.set_offline(True)
    page.wait_for_function("() => !navigator.onLine")
    complete_lesson_button(page).click()
    banner = page.locator("#offline-banner")
    banner.locator("li", has_text=lesson["title"]).wait_for()
    journey.shot("completion waiting offline")
    assert _completions(site, username, lesson["key"]) == 0
    with page.expect_navigation():  # sent, then the lesson reloads to show it done
        context.set_offline(False)
    page.wait_for_load_state("load")
    journey.shot("back online")
    assert complete_lesson_button(page).count() == 0
    assert not banner.is_visible()
    assert _completions(site, username, lesson["key"]) == 1
    assert len(posts) == 1, posts
    assert (
        page.evaluate(
            """() => new Promise((resolve) => {
            const request = indexedDB.open("club-offline", 1);
            request.onsuccess = () => {
                const db = request.result;
                const all = db.transaction("queue").objectStore("queue").getAll();
                all.onsuccess = () => { db.close(); resolve(all.result.length); };
            };
        })"""
        )
        == 0
    )
    journey.assert_clean()


def test_a_saved_course_opens_lesson_by_lesson_offline_and_sign_out_forgets_it(new_journey):
    journey = new_journey("desktop", suffix="-course")
    page, context = journey.page, journey.page.context
    _signed_in(journey)
    _wait_for_worker(page)
    course_url = next(item["course_url"] for item in lessons(journey.site) if item["lang"] == LANG)
    course_lessons = [item for item in lessons(journey.site) if item["course_url"] == course_url]
    journey.goto(course_url)
    save = page.locator("[data-offline-save]")
    save.get_by_role("button", name="Save this course for offline").click()
    question = save.locator("[data-offline-question]")
    question.wait_for()
    assert "take about" in question.inner_text() and "B" in question.inner_text()  # "2.3 MB"
    journey.shot("size shown before saving")
    save.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.querySelector('[data-offline-save]').dataset.saved")
    journey.shot("course saved")
    saved = {course_url, *(item["url"] for item in course_lessons)}
    assert set(_kept_pages(page, "club-saved")) >= saved

    context.set_offline(True)
    for item in course_lessons:  # none of them opened before
        journey.goto(item["url"])
        assert page.locator("h1").inner_text() == item["title"]
    journey.shot("last lesson offline")
    context.set_offline(False)

    journey.goto(course_url)
    open_menu(page)
    journey.navigate(page.locator("form[data-sign-out] [type=submit]").click)
    journey.shot("signed out")
    assert page.locator("form[data-sign-out]").count() == 0
    _wait_for_worker(page)
    kept = _kept_pages(page) + _kept_pages(page, "club-saved")
    assert not set(kept) & saved, kept
    context.set_offline(True)
    journey.goto(course_lessons[0]["url"])
    assert page.locator("h1").inner_text() == "You are offline"
    context.set_offline(False)
    journey.assert_clean()


def _new_member(site, username, email, phone):
    """A member of her own, for a journey that deletes her account."""
    code = (
        "from home.members.services import create_member; "
        f"u = create_member(email={email!r}, full_name='Nurila Offline', role='deputy', "
        f"oblast='osh', phone={phone!r}, language='en'); "
        f"u.username = {username!r}; u.set_password('Kenesh-2026-offline!'); u.save()"
    )
    site.manage("shell", "-c", code)
    return "Kenesh-2026-offline!"


def test_her_private_pages_are_never_kept_and_nothing_stays_after_deleting_her_account(
    new_journey,
):
    journey = new_journey("phone", suffix="-delete")
    page, context, site = journey.page, journey.page.context, journey.site
    email, phone = "nurila.offline@example.org", "+996555404142"
    password = _new_member(site, "nurila-offline", email, phone)
    assert sign_in(journey, "nurila-offline", password, LANG, shot=False)
    _wait_for_worker(page)
    for path in (f"/{LANG}/", f"/{LANG}/account/", f"/{LANG}/dashboard/"):
        journey.goto(path)
    journey.goto(f"/{LANG}/account/")
    assert page.locator("input[name=email]").input_value() == email
    page.wait_for_function(  # the public home page is kept...
        """async (path) => (await (await caches.open("club-pages")).keys())
            .some((request) => new URL(request.url).pathname === path)""",
        arg=f"/{LANG}/",
    )
    kept = _kept_pages(page)
    assert f"/{LANG}/account/" not in kept and f"/{LANG}/dashboard/" not in kept, (
        kept
    )  # ...hers not
    context.set_offline(True)
    journey.goto(f"/{LANG}/account/")
    assert page.locator("h1").inner_text() == "You are offline"
    assert email not in page.content() and phone not in page.content()
    context.set_offline(False)

    journey.goto(f"/{LANG}/account/delete/")
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=confirm]").check()
    journey.navigate(page.locator("form[action$='/account/delete/'] [type=submit]").click)
    journey.shot("account deleted")
    assert "Your account and your personal data have been deleted." in page.content()
    _wait_for_worker(page)  # "storage" in Clear-Site-Data removed the worker: it comes back
    # Clear-Site-Data: even the public page kept while she was signed in is gone.
    assert _kept_pages(page) == []
    context.set_offline(True)
    journey.goto(f"/{LANG}/account/")
    journey.shot("her account page offline after deletion")
    assert page.locator("h1").inner_text() == "You are offline"
    assert email not in page.content() and phone not in page.content()
    context.set_offline(False)
    journey.assert_clean()
