"""The admin home shows each person what waits for her, within her permissions and scope."""

from datetime import timedelta

import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses.models import Enrollment
from courses.reflections.models import Reflection, Status
from home.club.models import Initiative, Report
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile, MembershipApplication
from home.members.roles import MEMBERS
from home.outbox.models import Message
from tests.admin_language import set_admin_language
from tests.permissions_cache import read_permissions_again

from .conftest import make_user

pytestmark = pytest.mark.usefixtures("english_admin")

REVIEW_QUEUE = "/admin/club/reflections/"
MEMBER_REPORT = "/admin/club/progress-reports/members/"


def panel_ids(response):
    return {getattr(panel, "name", type(panel).__name__) for panel in response.context["panels"]}


def waiting_reflection(user, course, lesson, days_ago=0):
    return Reflection.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        status=Status.SUBMITTED,
        submitted_at=timezone.now() - timedelta(days=days_ago),
    )


def application(oblast, days_ago=0, number=0):
    made = MembershipApplication.objects.create(
        full_name=f"Applicant {oblast} {number}",
        email=f"applicant-{oblast}-{number}@example.org",
        role=ClubRole.DEPUTY,
        oblast=oblast,
        consent=True,
    )
    submitted = timezone.now() - timedelta(days=days_ago)
    MembershipApplication.objects.filter(pk=made.pk).update(submitted_at=submitted)
    return made


@pytest.fixture
def waiting(courses, people, django_user_model):
    """Something waiting for each role: reflections, a quiet member, applications, a failed
    message, a reported post, a translation."""
    budget, gender = courses["course"], courses["other_course"]
    member, second = people["member"], people["other_member"]
    naryn = make_user(django_user_model, "nurzhan", MEMBERS, Oblast.NARYN)
    waiting_reflection(member, budget, courses["lesson"], days_ago=3)
    waiting_reflection(second, budget, courses["lesson2"])
    waiting_reflection(naryn, gender, courses["other_lesson"], days_ago=30)  # the other mentor's
    long_ago = timezone.now() - timedelta(days=20)
    for user, course in [(member, budget), (second, budget), (naryn, gender)]:
        Enrollment.objects.create(user=user, course_key=course.translation_key)
    Enrollment.objects.update(started_at=long_ago)
    # Aigul's reflection was written 3 days ago and not touched since; Gulnara wrote today.
    Reflection.objects.filter(user=member).update(updated_at=long_ago)
    Reflection.objects.filter(user=naryn).update(updated_at=long_ago)
    MemberProfile.objects.filter(user=member).update(created_at=long_ago - timedelta(days=40))
    application(Oblast.OSH, days_ago=2)
    application(Oblast.NARYN, days_ago=5)
    Message.objects.create(channel="email", recipient="x@example.org", status="failed")
    post = Initiative.objects.create(
        author=member,
        title="Hearing",
        problem="Women do not come.",
        goal="30 women come.",
        help_needed="An invitation.",
        municipality="Kara-Suu",
        oblast=Oblast.OSH,
        language="ky",
    )
    Report.objects.create(target=post, reporter=second, reason="spam")
    source, _created = TranslationSource.get_or_create_from_instance(budget)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="ru"))
    return {"naryn": naryn}


def test_the_mentor_sees_her_waiting_reflections_and_quiet_members(client, people, waiting):
    client.force_login(people["mentor"])
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="club-mentor-waiting-section"' in html
    assert "2 reflections wait for feedback; the oldest has waited 3\xa0days." in html
    assert f'href="{REVIEW_QUEUE}"' in html
    assert "1 member has done nothing in her courses for 14 days." in html
    assert f'href="{MEMBER_REPORT}?member=Aigul+Full">Aigul Full</a>' in html
    assert "Gulnara Full</a>" not in html and "Nurzhan" not in html  # active; not hers
    # Not hers to see: applications, members, the outbox, translations, reports of posts.
    assert (
        panel_ids(response)
        & {
            "club_members_waiting",
            "club_outbox_failed",
            "club_translations",
            "club_open_reports",
            "recent_edits",
            "locked_pages",
        }
        == set()
    )
    assert "club_mentor_waiting" in panel_ids(response)


def test_a_mentor_with_nothing_waiting_still_has_her_panel(client, people, courses):
    client.force_login(people["mentor"])
    html = client.get("/admin/").content.decode()
    assert "No reflection waits for feedback." in html
    assert "No member has gone quiet." in html
    assert f'href="{REVIEW_QUEUE}"' in html


def test_the_coordinator_sees_her_oblasts(client, people, waiting):
    client.force_login(people["coordinator"])  # Osh
    response = client.get("/admin/")
    html = response.content.decode()
    assert "1 application waits for a decision; it has waited 2\xa0days." in html
    assert 'href="/admin/club-applications/?status=pending&amp;oblast=osh"' in html
    assert "Applicant osh 0 · Osh oblast</a>" in html and "Applicant naryn" not in html
    # Osh: Aigul (joined two months ago), Gulnara and the coordinator herself.
    assert "3 members; 2 joined this month." in html
    assert 'href="/admin/club-members/?oblast=osh"' in html
    # Her review scope is her oblast: Aigul and Gulnara's reflections, not Nurzhan's.
    assert "2 reflections wait for feedback" in html
    assert {"club_outbox_failed", "club_translations", "club_open_reports"} & panel_ids(
        response
    ) == set()
    # The list behind the link shows her oblast's application only.
    listing = client.get("/admin/club-applications/?status=pending&oblast=osh")
    assert listing.status_code == 200
    assert "Applicant osh 0" in listing.content.decode()
    assert "Applicant naryn 0" not in listing.content.decode()


def test_the_editor_sees_translations_failed_messages_and_reported_posts(client, people, waiting):
    client.force_login(people["editor"])
    response = client.get("/admin/")
    html = response.content.decode()
    assert "1 translation has strings waiting to be translated." in html
    assert 'href="/admin/localize/reports/translations/?waiting_for_translation=true"' in html
    assert "1 outgoing message failed" in html
    assert 'href="/admin/outbox/?status=failed"' in html
    assert "1 report of a post waits for a decision" in html
    assert 'href="/admin/club-reports/?status=open"' in html
    assert "2 applications wait for a decision; the oldest has waited 5\xa0days." in html
    assert 'href="/admin/club-applications/?status=pending"' in html
    assert "3 reflections wait for feedback; the oldest has waited 1\xa0month" in html
    assert {"recent_edits", "locked_pages"} <= panel_ids(response)  # she edits pages
    # The lines' lists answer her and show what the panel counted.
    assert "x@example.org" in client.get("/admin/outbox/?status=failed").content.decode()
    report = client.get("/admin/localize/reports/translations/?waiting_for_translation=true")
    assert report.status_code == 200 and "Course budget" in report.content.decode()


def test_the_editors_panels_say_when_nothing_waits(client, people, courses):
    client.force_login(people["editor"])
    html = client.get("/admin/").content.decode()
    assert "Every translation is up to date." in html
    assert "No outgoing message failed." in html
    assert "No report of a post waits for a decision." in html


def test_a_member_never_sees_the_panels(client, people, waiting):
    client.force_login(people["member"])
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    from courses.reflections.home_panels import mentor_panel
    from home.admin_home import translations_panel
    from home.club.home_panels import open_reports_panel
    from home.members.home_panels import coordinator_panel
    from home.outbox.home_panels import outbox_panel

    for build in (
        mentor_panel,
        coordinator_panel,
        outbox_panel,
        open_reports_panel,
        translations_panel,
    ):
        assert build(people["member"]) is None


def add_waiting(people, courses, django_user_model, count, start):
    """`count` more of everything the three homes count."""
    budget = courses["course"]
    for index in range(start, start + count):
        user = make_user(django_user_model, f"bulk{index}", MEMBERS, Oblast.OSH)
        waiting_reflection(user, budget, courses["lesson"], days_ago=index % 5)
        Enrollment.objects.create(user=user, course_key=budget.translation_key)
        application(Oblast.OSH, days_ago=1, number=index + 1)
        Message.objects.create(channel="email", recipient=f"{index}@example.org", status="failed")
    Enrollment.objects.update(started_at=timezone.now() - timedelta(days=20))
    Reflection.objects.update(updated_at=timezone.now() - timedelta(days=20))


@pytest.mark.parametrize("who", ["mentor", "coordinator", "editor"])
def test_admin_home_query_counts_do_not_grow(
    client, people, courses, waiting, django_user_model, django_assert_num_queries, who
):
    client.force_login(people[who])
    add_waiting(people, courses, django_user_model, 3, 0)
    client.get("/admin/")  # warm caches (site root paths, content types)
    reset_queries()  # the log keeps 9,000 queries: a full one would capture none
    with CaptureQueriesContext(connection) as small:
        assert client.get("/admin/").status_code == 200
    add_waiting(people, courses, django_user_model, 25, 100)
    read_permissions_again(people[who])
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get("/admin/")
    assert response.status_code == 200
    if who == "mentor":  # the counts did grow: the panel reads the larger data
        assert "30 reflections wait for feedback" in response.content.decode()


def test_the_mentors_home_speaks_her_admin_language(client, people, waiting):
    set_admin_language(people["mentor"], "ru")
    client.force_login(people["mentor"])
    html = client.get("/admin/").content.decode()
    assert "2 рефлексии ждут отзыва; дольше всех — 3\xa0дня." in html
    assert "1 участница ничего не делала в своих курсах 14 дней." in html
    assert "Открыть очередь на проверку" in html
