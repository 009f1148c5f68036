"""The directory's sort name (`ClubProfile.sort_name`): her member profile's full name, copied.

The directory is listed in name order from an index of its own table, so a page reads only
its rows instead of sorting every listed member across the join to member profiles. Her
Club profile takes the name when it is saved; her member profile gives it again when it is
saved or deleted. Rows written in bulk (the benchmark, tests) call `copy_sort_names`.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save

from home.members.models import MemberProfile

from .models import ClubProfile


def copy_sort_names(profiles=None):
    """Set the sort name of `profiles` (default: all Club profiles) in one UPDATE."""
    names = MemberProfile.objects.filter(user_id=OuterRef("user_id")).values("full_name")
    profiles = ClubProfile.objects.all() if profiles is None else profiles
    profiles.update(sort_name=Subquery(names[:1]))


def _member_profile_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "full_name" not in update_fields):
        return  # loaddata brings the Club profile's own copy
    ClubProfile.objects.filter(user_id=instance.user_id).update(sort_name=instance.full_name)


def _member_profile_deleted(sender, instance, **kwargs):
    ClubProfile.objects.filter(user_id=instance.user_id).update(sort_name=None)


def connect():
    """Called from ClubConfig.ready(), once the models are loaded."""
    post_save.connect(_member_profile_saved, sender=MemberProfile, dispatch_uid="club-sort-name")
    post_delete.connect(
        _member_profile_deleted, sender=MemberProfile, dispatch_uid="club-sort-name-gone"
    )
