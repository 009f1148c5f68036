"""Models of the courses app: the course pages and members' progress."""

from .pages import CourseIndexPage, CoursePage, LessonPage
from .progress import Enrollment, LessonCompletion

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
]
