"""What a lesson page shows of its knowledge checks: her last answers, the result, feedback.

Feedback of an option shows for the options she chose; a question's explanation once she
has it right. The right answers themselves are revealed only after she has passed the
check, so that a retry still asks her to think.
"""

from dataclasses import dataclass, field

from .checks import checks_in, grade


@dataclass
class LessonChecks:
    """The checks of one lesson for one reader (a member's record, or nothing recorded)."""

    checks: list
    pass_mark: int
    required: bool
    records: bool = False
    locked: bool = False
    states: dict = field(default_factory=dict)
    submission: object = None

    @property
    def requirement_met(self):
        """Whether the checks let her complete the lesson (always, when not required)."""
        if not self.required:
            return True
        return all(self.passed(check.id) for check in self.checks)

    def passed(self, check_id):
        state = self.states.get(check_id)
        return bool(state and state.passed)

    def find(self, check_id):
        return next((check for check in self.checks if check.id == check_id), None)

    def display(self, check_id):
        """The template context of one check block (None when the block is not on the page)."""
        check = self.find(check_id)
        if check is None:
            return None
        state = self.states.get(check.id)
        submission = (
            self.submission if getattr(self.submission, "check_id", "") == check.id else None
        )
        if submission is not None:
            answers = submission.answers
            shown = not submission.missing and not submission.error
        else:
            answers = state.latest.answers if state and state.latest else {}
            shown = bool(answers)
        result = grade(check, answers, self.pass_mark) if shown else None
        passed_ever = self.passed(check.id) or bool(result and result.passed)
        return {
            "check": check,
            "questions": [
                _question(q, answers, result, passed_ever, submission) for q in check.questions
            ],
            "result": result,
            "right": sum(result.correct.values()) if result else 0,
            "passed_ever": passed_ever,
            "attempts": state.attempts if state else 0,
            "error": submission.error if submission else "",
            "pass_mark": self.pass_mark,
            "required": self.required,
            "records": self.records,
            "locked": self.locked,
        }


def _question(question, answers, result, passed_ever, submission):
    chosen = set(answers.get(question.id, ()))
    correct = result.correct.get(question.id) if result else None
    return {
        "question": question,
        "missing": bool(submission and question.id in submission.missing),
        "correct": correct,
        "show_explanation": bool(question.explanation and (correct or passed_ever)),
        "options": [
            {
                "option": option,
                "checked": option.id in chosen,
                "feedback": option.feedback if result and option.id in chosen else "",
                "revealed": passed_ever and option.correct,
            }
            for option in question.options
        ],
    }


def lesson_checks(lesson, states=None, records=False, locked=False, submission=None, request=None):
    return LessonChecks(
        checks=checks_in(lesson, request),
        pass_mark=lesson.pass_mark,
        required=lesson.check_required,
        records=records,
        locked=locked,
        states=states or {},
        submission=submission,
    )
