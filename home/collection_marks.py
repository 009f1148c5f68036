"""Collections that code looks for, found by a stable key rather than by their shown name.

A collection's name is the editors' to change, and the members-only one is written in three
languages ("Members only · Только для участниц · Мүчөлөр үчүн гана"): finding it by that text
would break the day an editor corrects a word. The mark stays put whatever it is called.
"""

from django.db import models


class CollectionMark(models.Model):
    """One collection code relies on, under the key code asks for."""

    MEMBERS_ONLY = "members_only"

    key = models.CharField(max_length=40, unique=True)
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return self.key
