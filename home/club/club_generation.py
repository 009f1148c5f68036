"""What members share with each other is cached under the CLUB generation (home/generations.py),
read only after the members-only check: a lesson's shared reflections, with their authors'
names and comment counts. Whatever changes them moves the generation on: a comment written,
hidden or deleted, a member's name or account, and the shared posts features register with
`moves_on_when_saved` (the reflections, courses/reflections/apps.py).
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

from home import generations
from home.members.models import MemberProfile

from .models import Comment

#: Signing in writes `last_login`: nothing a member sees of another changes.
BOOKKEEPING_FIELDS = {"last_login"}


def move_on(**_kwargs):
    generations.bump(generations.CLUB)


def moves_on_when_saved(model, concerns=lambda instance, update_fields: True):
    """Saving or deleting a `model` instance moves the CLUB generation on when
    `concerns(instance, update_fields)` says it may change what members share."""

    def saved(sender, instance, raw=False, update_fields=None, **kwargs):
        if not raw and concerns(instance, update_fields):
            move_on()

    def deleted(sender, instance, **kwargs):
        if concerns(instance, None):
            move_on()

    uid = f"club-generation-{model._meta.label_lower}"
    post_save.connect(saved, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(deleted, sender=model, dispatch_uid=f"{uid}-deleted", weak=False)


def _not_bookkeeping(instance, update_fields):
    return not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS)


def connect():
    """Called from ClubConfig.ready()."""
    moves_on_when_saved(Comment)
    moves_on_when_saved(MemberProfile)
    moves_on_when_saved(get_user_model(), _not_bookkeeping)
