"""The newsletter loop as people live it: a visitor subscribes and confirms from her email; an
editor starts a Kyrgyz issue from the latest news, previews it and sends it; the issue reaches
her, and its unsubscribe link takes her off the list, so the next issue does not.

A friend subscribes as well: the second issue reaching the friend but not her is what shows
the unsubscribe worked (with nobody left, there would be no send button at all).
"""

import uuid

import pytest

from tests.shown import shown

from .mailbox import link_path, mails_to, outbox_rows, wait_for_mail
from .pages import accounts

pytestmark = pytest.mark.e2e

LANG = "ky"


def _subscribe(visitor, address):
    """The form answers in Kyrgyz that a link was sent; returns the confirmation email."""
    page = visitor.page
    visitor.goto(f"/{LANG}/news/subscribe/")
    page.locator("input[name=email]").fill(address)
    visitor.navigate(page.locator("form:has(input[name=email]) [type=submit]").click)
    visitor.shot(f"subscribe form answered {address.split('@')[0]}")
    assert visitor.lang() == LANG
    assert page.locator("h1").inner_text() == shown("Check your inbox")
    assert address in page.locator("main").inner_text()
    message = wait_for_mail(visitor.site, address)
    assert message["Subject"].strip() == shown(
        "Please confirm your subscription to the Club's mailing list"
    )
    return message


def _confirm(visitor, address):
    message = _subscribe(visitor, address)
    visitor.goto(link_path(message, "/subscribe/confirm/"))
    visitor.shot("subscription confirmed")
    assert visitor.page.locator("h1").inner_text() == shown("Subscription confirmed")
    thanks = shown("%(email)s is now on the Club's mailing list. Thank you!", email=address)
    assert thanks in visitor.page.locator("main").inner_text()


def _sign_in_to_admin(editor):
    site, page = editor.site, editor.page
    username = accounts(site)["EDITOR_USERNAME"]
    editor.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(site.credentials[username]["password"])
    editor.navigate(page.locator("form [type=submit]").first.click)
    assert page.locator("input[name=password]").count() == 0, "the editor could not sign in"


def _start_issue(editor, subject):
    """From the index, 'Start from the latest news and events' in Kyrgyz, then the subject
    unique to this run; returns the issue's inspect path."""
    page = editor.page
    editor.goto("/admin/newsletter/")
    admin_lang = editor.lang()
    start = page.get_by_role(
        "link", name=shown("Start from the latest news and events", admin_lang)
    )
    editor.navigate(start.click)
    page.locator("select[name=language]").select_option(LANG)
    editor.navigate(page.locator("main form [type=submit]").first.click)
    editor.shot("draft started from the latest news")
    assert "/admin/newsletter/edit/" in page.url  # straight on to the draft
    assert page.locator("select[name=language]").input_value() == LANG
    page.locator("input[name=subject]").fill(subject)
    editor.navigate(page.locator("main form [type=submit]").first.click)
    editor.shot("subject written")
    row = page.locator("tr", has_text=subject)
    edit = row.locator("a[href*='/admin/newsletter/edit/']").first.get_attribute("href")
    return edit.replace("/edit/", "/inspect/")


def _preview(editor, subject):
    page = editor.page
    with page.context.expect_page() as opened:
        page.locator("a[href*='/admin/newsletter/preview/']").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert preview.locator("h1").inner_text() == subject
    assert preview.locator("html").get_attribute("lang") == LANG
    assert preview.locator("h2").first.inner_text() == shown("Latest news")
    editor.shot("newsletter preview", page=preview)
    preview.close()


def _send(editor):
    """From the issue's page: send to the confirmed subscribers, through "are you sure?"."""
    page = editor.page
    editor.navigate(page.locator("main a[href='?confirm=1']").click)
    editor.shot("send: are you sure")
    editor.navigate(page.locator("button[name=action][value=send]").click)
    editor.shot("sent")


def _issue(editor, subject):
    """A Kyrgyz issue with this subject, previewed and sent."""
    inspect_path = _start_issue(editor, subject)
    editor.goto(inspect_path)
    editor.shot("issue before sending")
    _preview(editor, subject)
    _send(editor)


def _shows_as_sent(editor, subject):
    """The index lists the issue with the status 'sent', in the admin's language."""
    editor.goto("/admin/newsletter/")
    row = editor.page.locator("tr", has_text=subject)
    assert shown("Sent", editor.lang()) in row.inner_text()
    assert shown("Draft", editor.lang()) not in row.inner_text()


def test_subscribe_confirm_receive_an_issue_and_unsubscribe(new_journey):
    visitor, friend = new_journey("phone"), new_journey(suffix="-friend")
    editor = new_journey(suffix="-editor")
    run = uuid.uuid4().hex[:8]
    address, friend_address = f"aigul-{run}@example.kg", f"friend-{run}@example.kg"
    site = visitor.site

    _confirm(visitor, address)
    _confirm(friend, friend_address)

    _sign_in_to_admin(editor)
    subject = f"Кеңештеги аялдар {run}"
    _issue(editor, subject)
    assert editor.page.locator("[data-pending]").inner_text() == "0"
    _shows_as_sent(editor, subject)

    issue = wait_for_mail(site, address, subject)
    wait_for_mail(site, friend_address, subject)
    assert (subject, "sent") in outbox_rows(site, address)
    visitor.goto(link_path(issue, "/news/unsubscribe/"))
    visitor.shot("unsubscribe asks")
    visitor.navigate(visitor.page.locator("main form [type=submit]").click)
    visitor.shot("unsubscribed")
    gone = "%(email)s is removed from the mailing list. You will get no more emails from us."
    assert shown(gone, email=address) in visitor.page.locator("main").inner_text()

    second = f"Кийинки чыгарылыш {run}"
    _issue(editor, second)
    wait_for_mail(site, friend_address, second)
    assert not mails_to(site, address, second)
    assert all(sent != second for sent, _status in outbox_rows(site, address))
    _shows_as_sent(editor, second)

    for journey in (visitor, friend, editor):
        journey.assert_clean()
