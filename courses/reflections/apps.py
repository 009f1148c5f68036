from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _shown_to_members(reflection, update_fields):
    """Shared now, or just stopped being shared: the Club's view of the lesson changes."""
    return reflection.shared_at is not None or "shared_at" in (update_fields or ())


class ReflectionsConfig(AppConfig):
    name = "courses.reflections"
    label = "reflections"
    verbose_name = _("Reflections")

    def ready(self):
        """A lesson's shared reflections are kept under the Club's generation
        (home/club/club_generation.py): sharing, editing a shared one or deleting it moves
        it on."""
        from home.club.club_generation import moves_on_when_saved

        from .models import Reflection

        moves_on_when_saved(Reflection, _shown_to_members)
