"""Models of the courses app: tracks, the course pages and members' progress."""

from .pages import CourseIndexPage, CoursePage, LessonPage
from .progress import Enrollment, LessonCompletion
from .tracks import Track

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "Track",
]
