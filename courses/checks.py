"""Knowledge checks: read them from a lesson, grade answers on the server, record attempts.

A check is a `knowledge_check` block of the lesson body. Questions and options are named by
their block ids (kept by wagtail-localize in every translation), so an answer given in one
language is graded the same in another. A form field is `q-<question id>`, its values the
chosen option ids; anything else in the answers is tampering and is refused unrecorded.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, Count, F, Sum, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from home.cache import shared_cached

from .models.checks import CheckAttempt, QuestionResult

CHECK_BLOCK = "knowledge_check"
FIELD_PREFIX = "q-"
# A retry storm: more than this many attempts at one check within the window are refused.
ATTEMPT_LIMIT = 10
ATTEMPT_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    multiple: bool
    options: tuple
    explanation: str

    @property
    def field_name(self):
        return FIELD_PREFIX + self.id

    @property
    def correct_ids(self):
        return frozenset(option.id for option in self.options if option.correct)


@dataclass(frozen=True)
class KnowledgeCheck:
    id: str
    title: str
    intro: str
    questions: tuple

    def question(self, question_id):
        return next((q for q in self.questions if q.id == question_id), None)


def _items(list_value):
    """(id, value) of each item of a ListBlock value (ids exist once the page is saved)."""
    children = getattr(list_value, "bound_blocks", None)
    if children is None:
        return [(str(index), value) for index, value in enumerate(list_value or [])]
    return [(child.id or str(index), child.value) for index, child in enumerate(children)]


def read_check(block_id, value):
    """The KnowledgeCheck of a knowledge_check block's value."""
    questions = []
    for question_id, question in _items(value["questions"]):
        options = tuple(
            Option(option_id, option["text"], bool(option["correct"]), option["feedback"] or "")
            for option_id, option in _items(question["options"])
        )
        questions.append(
            Question(
                id=question_id,
                text=question["text"],
                multiple=question["kind"] == "multiple",
                options=options,
                explanation=question["explanation"] or "",
            )
        )
    return KnowledgeCheck(str(block_id), value["title"], value["intro"] or "", tuple(questions))


def checks_in(lesson, request=None):
    """Every knowledge check of a lesson, in reading order. Those of a published lesson are
    kept in each process per live revision (the same for every reader; frozen, so nobody
    modifies them); a preview's, or any outside a request, are read from its body."""
    read_afresh = request is None or getattr(request, "is_preview", False)
    if lesson.live_revision_id and not read_afresh:
        key = [lesson.pk, lesson.live_revision_id]
        return shared_cached("lesson-checks", key, lambda: _read_checks(lesson), in_process=True)
    return _read_checks(lesson)


def _read_checks(lesson):
    body = lesson.body
    if not body:
        return ()
    # Only the check blocks are turned into values: no query for the lesson's images.
    indexes = [i for i, raw in enumerate(body.raw_data) if raw["type"] == CHECK_BLOCK]
    return tuple(read_check(body[i].id, body[i].value) for i in indexes)


class Tampered(Exception):
    """Answers that the form could not have sent (unknown question or option, two radios)."""


def read_answers(check, data):
    """{question id: [option ids]} from a POST and the ids of unanswered questions.

    Raises Tampered for anything the check's own form could not have sent.
    """
    known = {question.field_name: question for question in check.questions}
    for name in data:
        if name.startswith(FIELD_PREFIX) and name not in known:
            raise Tampered(name)
    answers, missing = {}, []
    for question in check.questions:
        chosen = data.getlist(question.field_name)
        option_ids = {option.id for option in question.options}
        if len(set(chosen)) != len(chosen) or not set(chosen) <= option_ids:
            raise Tampered(question.id)
        if len(chosen) > 1 and not question.multiple:
            raise Tampered(question.id)
        if chosen:
            answers[question.id] = chosen
        else:
            missing.append(question.id)
    return answers, missing


@dataclass(frozen=True)
class Grade:
    correct: dict
    score: int
    passed: bool


def grade(check, answers, pass_mark):
    """All-or-nothing per question: her choices must be exactly the right options."""
    correct = {
        question.id: set(answers.get(question.id, ())) == question.correct_ids
        for question in check.questions
    }
    total = len(check.questions)
    score = round(100 * sum(correct.values()) / total) if total else 0
    return Grade(correct=correct, score=score, passed=score >= pass_mark)


def retry_wait(user, lesson, check_id, now=None):
    """Seconds before she may answer this check again (0: now)."""
    now = now or timezone.now()
    recent = list(
        CheckAttempt.objects.filter(
            user=user,
            lesson_key=lesson.translation_key,
            check_id=check_id,
            created_at__gte=now - ATTEMPT_WINDOW,
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:ATTEMPT_LIMIT]
    )
    if len(recent) < ATTEMPT_LIMIT:
        return 0
    return max(1, int((recent[-1] + ATTEMPT_WINDOW - now).total_seconds()))


def record_attempt(user, lesson, course, check, answers, pass_mark):
    """Save one graded attempt, or return (None, seconds to wait) during a retry storm.

    Her account row is locked for the transaction (PostgreSQL; SQLite's IMMEDIATE
    transactions serialise writers anyway), so parallel submissions are counted one by one.
    """
    result = grade(check, answers, pass_mark)
    with transaction.atomic():
        list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
        wait = retry_wait(user, lesson, check.id)
        if wait:
            return None, wait
        attempt = CheckAttempt.objects.create(
            user=user,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
            check_id=check.id,
            answers=answers,
            score=result.score,
            passed=result.passed,
        )
        QuestionResult.objects.bulk_create(
            QuestionResult(attempt=attempt, question_id=question_id, correct=correct)
            for question_id, correct in result.correct.items()
        )
    return attempt, 0


@dataclass
class CheckState:
    """Her record on one check: the latest attempt, how many, and whether she ever passed."""

    latest: CheckAttempt | None = None
    attempts: int = 0
    passed: bool = False


def check_states(user, lesson):
    """{check id: CheckState} for her attempts on this lesson, in one query that reads one
    row per check: her latest attempt, with her attempts and passes counted beside it."""
    per_check = {"partition_by": [F("check_id")]}
    latest = (
        CheckAttempt.objects.filter(user=user, lesson_key=lesson.translation_key)
        .only("check_id", "answers")
        .annotate(
            position=Window(RowNumber(), order_by=F("pk").desc(), **per_check),
            attempts=Window(Count("pk"), **per_check),
            passes=Window(Sum(Case(When(passed=True, then=1), default=0)), **per_check),
        )
        .filter(position=1)
    )
    return {
        attempt.check_id: CheckState(
            latest=attempt, attempts=attempt.attempts, passed=attempt.passes > 0
        )
        for attempt in latest
    }


@dataclass
class Submission:
    """What she just sent, shown again without a record: errors, or a visitor's result."""

    check_id: str
    answers: dict = field(default_factory=dict)
    missing: list = field(default_factory=list)
    error: str = ""
