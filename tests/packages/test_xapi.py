"""xAPI out: the site's learning events reach a learning record store once, through the
outbox's retries; off by default; in her data download; gone with her erasure."""

import pytest
from django.utils import timezone

from courses.packages.models import PackageAttempt
from home.members.privacy import collect_member_data, erase_member
from home.outbox import delivery
from home.outbox.models import Message

from .conftest import lessons_of
from .fake_lrs import FakeLrs
from .test_runtime import commit

pytestmark = pytest.mark.django_db


@pytest.fixture
def lrs(settings):
    with FakeLrs() as fake:
        settings.XAPI_LRS_ENDPOINT = fake.url
        settings.XAPI_LRS_KEY, settings.XAPI_LRS_SECRET = "club", "s3cret"
        yield fake


def retry_now():
    Message.objects.filter(status=Message.Status.PENDING).update(next_attempt_at=timezone.now())
    return delivery.deliver_due()


def verbs(statements):
    return sorted(s["verb"]["display"]["en-US"] for s in statements)


def test_without_an_lrs_nothing_is_queued(member_client, public_course):
    member_client.post(lessons_of(public_course)[0].url + "complete/")
    assert not Message.objects.filter(channel="xapi").exists()


def test_a_statement_reaches_the_lrs_exactly_once_after_it_was_down(
    lrs, member, member_client, public_course
):
    lrs.down = True
    lesson = lessons_of(public_course)[0]
    member_client.post(lesson.url + "complete/")
    row = Message.objects.get(channel="xapi")
    assert (row.status, row.attempts) == ("pending", 1) and lrs.stored == {}
    lrs.down = False
    lrs.lose_answers = 1  # stored, but the answer is lost: the outbox tries again
    retry_now()
    assert Message.objects.get(pk=row.pk).status == "pending"
    assert retry_now() == {"sent": 1}
    assert retry_now() == {}
    (statement,) = lrs.stored.values()
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert statement["object"]["id"].endswith(f"/lesson/{lesson.translation_key}")
    assert statement["actor"]["account"]["name"] == str(member.pk)
    headers = lrs.requests[-1][0]
    assert headers["X-Experience-API-Version"] == "1.0.3"
    assert headers["Authorization"] == "Basic Y2x1YjpzM2NyZXQ="
    assert len(lrs.requests) == 3  # down; stored, answer lost; the same id again (kept once)


def test_a_finished_package_is_stated_with_its_score(
    lrs, member, member_client, private_lesson, scorm_package
):
    commit(
        member_client,
        private_lesson,
        scorm_package,
        lesson_status="passed",
        score={"raw": "80", "min": "0", "max": "100"},
    )
    commit(member_client, private_lesson, scorm_package, lesson_status="passed")
    statements = list(lrs.stored.values())
    assert verbs(statements) == ["completed", "passed"]  # the lesson, the package
    package = next(s for s in statements if "/package/" in s["object"]["id"])
    assert package["result"] == {"completion": True, "score": {"scaled": 0.8}, "success": True}
    assert PackageAttempt.objects.get().score == 80


def test_her_statements_are_in_her_download_and_erasure_sends_nothing_more(
    lrs, member, member_client, public_course
):
    lessons = lessons_of(public_course)
    member_client.post(lessons[0].url + "complete/")
    lrs.down = True
    member_client.post(lessons[1].url + "complete/")
    section = collect_member_data(member)["sections"]["xapi_statements"]
    assert [row["status"] for row in section] == ["sent", "pending"]
    assert section[0]["statement"]["id"] in lrs.stored
    lrs.down = False
    erase_member(member)
    assert retry_now() == {}
    assert len(lrs.stored) == 1
    assert not Message.objects.filter(channel="xapi").exists()
