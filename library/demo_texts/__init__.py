"""Texts of the library's demo content, drawn from the Club's concept (club-concept.md).

Each item: shared fields, tag slugs, track keys and its texts in ky, ru and en.
"""

from .common import INDEX_TEXTS, MUNICIPALITIES, TAGS
from .part1 import ITEMS as PART1
from .part2 import ITEMS as PART2
from .part3 import ITEMS as PART3

ITEMS = PART1 + PART2 + PART3

__all__ = ["INDEX_TEXTS", "ITEMS", "MUNICIPALITIES", "TAGS"]
