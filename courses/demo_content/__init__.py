"""Demo courses in Kyrgyz, Russian and English, drawn from the Club's concept (2022).

Content, not interface text: written out in each language, not gettext'd.
"""

from .budget import BUDGET_COURSE
from .inclusive import INCLUSIVE_COURSE
from .partnerships import PARTNERSHIPS_COURSE
from .speaking import SPEAKING_COURSE
from .tracks import TRACKS

COURSES = [SPEAKING_COURSE, PARTNERSHIPS_COURSE, BUDGET_COURSE, INCLUSIVE_COURSE]

__all__ = ["COURSES", "TRACKS"]
