"""Models of the courses app: the course pages, members' progress, checks and certificates."""

from .certificates import Certificate
from .checks import CheckAttempt, QuestionResult
from .pages import CourseIndexPage, CoursePage, LessonPage, live_lessons_by_course
from .progress import Enrollment, LessonCompletion

__all__ = [
    "Certificate",
    "CheckAttempt",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "QuestionResult",
    "live_lessons_by_course",
]
