import pytest
from django.core import mail

from courses.reflections.models import Reflection, Status
from courses.reflections.services import give_feedback, save
from tests.permissions_cache import read_permissions_again

from .conftest import ROW, reflection_url


def submitted(user, lesson, course, answers=("Decided", "Better")):
    reflection = Reflection.objects.create(
        user=user, lesson_key=lesson.translation_key, course_key=course.translation_key
    )
    save(
        reflection,
        answers=[{"question": f"Q{i}", "answer": a} for i, a in enumerate(answers)],
        rows=[dict(ROW)],
        submit=True,
    )
    return reflection


@pytest.fixture
def reflection(courses, people):
    return submitted(people["member"], courses["lesson"], courses["course"])


QUEUE = "/admin/club/reflections/"

# who -> may she read the reflection of "member" (Osh) on the course mentored by "mentor"?
MATRIX = [
    ("member", False),  # the author reads it on the site, never in the admin
    ("other_member", False),
    ("mentor", True),
    ("other_mentor", False),
    ("coordinator", True),  # coordinator of Osh
    ("other_coordinator", False),  # coordinator of Naryn
    ("editor", True),
]


@pytest.mark.parametrize(("who", "allowed"), MATRIX)
def test_privacy_matrix_in_the_admin(client, people, reflection, who, allowed):
    client.force_login(people[who])
    detail = client.get(f"{QUEUE}{reflection.pk}/", follow=True)
    if allowed:
        assert detail.status_code == 200
        assert "Decided" in detail.content.decode()
    else:
        # 404 (LocaleMiddleware first tries /ky/admin/..., which is a 404 too), or the admin
        # login page for accounts without admin access; never the text.
        assert detail.status_code in (200, 404)
        assert "Decided" not in detail.content.decode()
        if detail.status_code == 200:
            assert detail.redirect_chain[-1][0].startswith("/admin/login/")
    queue = client.get(QUEUE)
    if allowed:
        assert queue.status_code == 200
        assert "Aigul Full" in queue.content.decode()
    else:
        # Reviewers out of scope see an empty queue; others get 404 or the admin login.
        assert queue.status_code in (200, 302, 404)
        assert "Aigul Full" not in queue.content.decode()


def test_anonymous_gets_the_admin_login(client, reflection):
    response = client.get(f"{QUEUE}{reflection.pk}/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_other_member_cannot_reach_the_authors_reflection_on_the_site(
    client, courses, people, reflection
):
    client.force_login(people["other_member"])
    page = client.get(reflection_url(courses["lesson"])).content.decode()
    assert "Decided" not in page  # she sees her own (empty) form only


def test_non_member_account_gets_the_members_only_page(client, courses, django_user_model):
    stranger = django_user_model.objects.create_user("stranger", password="x")
    client.force_login(stranger)
    response = client.get(reflection_url(courses["lesson"]))
    assert response.status_code == 403
    assert "home/members_only.html" in [template.name for template in response.templates]


def test_drafts_are_not_in_the_queue(client, courses, people):
    Reflection.objects.create(
        user=people["member"],
        lesson_key=courses["lesson"].translation_key,
        course_key=courses["course"].translation_key,
        answers=[{"question": "Q", "answer": "Private draft"}],
    )
    client.force_login(people["editor"])
    assert "Aigul Full" not in client.get(QUEUE).content.decode()
    draft = Reflection.objects.get()
    assert client.get(f"{QUEUE}{draft.pk}/", follow=True).status_code == 404


def test_queue_filters_and_oldest_first(client, courses, people):
    first = submitted(people["member"], courses["lesson"], courses["course"])
    second = submitted(people["other_member"], courses["lesson2"], courses["course"])
    Reflection.objects.filter(pk=first.pk).update(
        submitted_at=second.submitted_at.replace(year=2020)
    )
    client.force_login(people["editor"])
    html = client.get(QUEUE).content.decode()
    assert html.index("Aigul Full") < html.index("Gulnara Full")
    html = client.get(QUEUE, {"member": "gulnara"}).content.decode()
    assert "Gulnara Full" in html and "Aigul Full" not in html
    html = client.get(QUEUE, {"oblast": "naryn"}).content.decode()
    assert "Aigul Full" not in html
    course_key = str(courses["other_course"].translation_key)
    html = client.get(QUEUE, {"course": course_key}).content.decode()
    assert "Aigul Full" not in html


def test_mentor_answers_in_the_admin_and_member_is_emailed_in_her_language(
    client, courses, people, reflection
):
    client.force_login(people["mentor"])
    response = client.post(
        f"{QUEUE}{reflection.pk}/", {"text": "Хорошая работа!", "asks_revision": "on"}
    )
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.status == Status.REVISION_REQUESTED
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["aigul@example.org"]
    assert "Хорошая работа!" in message.body
    # The member prefers Russian.
    assert "наставни" in message.subject.lower()
    # The member sees it on the lesson and on her reflection page.
    client.force_login(people["member"])
    assert "Хорошая работа!" in client.get(reflection_url(courses["lesson"])).content.decode()


def test_empty_feedback_is_refused_with_the_form_kept(client, people, reflection):
    client.force_login(people["mentor"])
    response = client.post(f"{QUEUE}{reflection.pk}/", {"text": "  "})
    assert response.status_code == 200
    reflection.refresh_from_db()
    assert reflection.status == Status.SUBMITTED
    assert not mail.outbox


def test_answered_reflection_cannot_be_answered_twice(client, people, reflection):
    give_feedback(reflection, people["mentor"], "Done")
    client.force_login(people["mentor"])
    client.post(f"{QUEUE}{reflection.pk}/", {"text": "Again"})
    assert reflection.feedback.count() == 1


def test_member_without_email_notifications_gets_no_email(people, reflection):
    profile = people["member"].member_profile
    profile.notify_feedback = False
    profile.save()
    give_feedback(reflection, people["mentor"], "Quiet")
    assert not mail.outbox


@pytest.mark.parametrize(("who", "shown"), [("mentor", True), ("editor", True), ("member", False)])
def test_menu_item_only_for_reviewers(client, people, who, shown):
    from django.contrib.auth.models import Permission

    user = people[who]
    if who == "member":  # even with admin access, a plain member gets no review menu
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert ("reflections-review" in html) is shown


def test_queue_query_count_does_not_grow(client, courses, people, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .conftest import make_user

    client.force_login(people["editor"])
    submitted(people["member"], courses["lesson"], courses["course"])
    client.get(QUEUE)
    with CaptureQueriesContext(connection) as small:
        client.get(QUEUE)
    for index in range(8):
        user = make_user(type(people["member"]), f"bulk{index}", "Members")
        submitted(user, courses["other_lesson"], courses["other_course"])
    read_permissions_again(people["editor"])
    with django_assert_num_queries(len(small.captured_queries)):
        html = client.get(QUEUE).content.decode()
    assert "Bulk7 Full" in html
