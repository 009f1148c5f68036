"""Lessons with knowledge checks, and helpers to answer them, for the learning-loop tests."""

from courses.checks import checks_in
from courses.models import LessonPage

from .conftest import lessons_of


def check_value(title="Check: the local budget"):
    """Two questions: one with one right answer, one with two right answers."""
    return {
        "title": title,
        "intro": "Answer both questions.",
        "questions": [
            {
                "text": "Who approves the budget of the aiyl aimak?",
                "kind": "single",
                "options": [
                    {"text": "The local kenesh", "correct": True, "feedback": "Yes: at a session."},
                    {
                        "text": "The head of the aiyl okmotu",
                        "correct": False,
                        "feedback": "The aiyl okmotu drafts it; the kenesh approves it.",
                    },
                ],
                "explanation": "The kenesh approves the budget at an open session.",
            },
            {
                "text": "Which are own revenues of a municipality?",
                "kind": "multiple",
                "options": [
                    {"text": "Land tax", "correct": True, "feedback": ""},
                    {"text": "Property tax", "correct": True, "feedback": ""},
                    {"text": "Equalisation grant", "correct": False, "feedback": "A transfer."},
                ],
                "explanation": "Local taxes are own revenues; grants are transfers.",
            },
        ],
    }


def add_check(lesson, required=True, pass_mark=100):
    """Put a knowledge check into a lesson (published) and return the lesson reloaded."""
    lesson.body = [("text", "<p>Lesson text</p>"), ("knowledge_check", check_value())]
    lesson.check_required = required
    lesson.pass_mark = pass_mark
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def checked_lesson(course, index=0, **kwargs):
    return add_check(lessons_of(course)[index], **kwargs)


def answers(lesson, right=True, check_index=0):
    """POST data answering every question: all right, or the first question wrong."""
    check = checks_in(lesson)[check_index]
    single, multiple = check.questions
    first = [o.id for o in single.options if o.correct is right]
    data = {"check": check.id, single.field_name: first[0]}
    data[multiple.field_name] = [o.id for o in multiple.options if o.correct]
    return data


def answer_url(lesson):
    return lesson.url + "check/"
