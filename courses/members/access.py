"""Who counts as a Club member, for members-only content and progress tracking."""

from .roles import CLUB_GROUPS, EDITORS, MENTORS, REGIONAL_COORDINATORS


def _group_names(user):
    # Cached on the user object: templates and views ask several times per request.
    if not hasattr(user, "_club_group_names"):
        user._club_group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._club_group_names


def is_club_member(user):
    """Signed in and in one of the Club's groups (members, mentors, editors, coordinators)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or bool(_group_names(user) & set(CLUB_GROUPS))


def is_editor(user):
    return user.is_authenticated and (user.is_superuser or EDITORS in _group_names(user))


def is_mentor(user):
    return user.is_authenticated and MENTORS in _group_names(user)


def is_regional_coordinator(user):
    return user.is_authenticated and REGIONAL_COORDINATORS in _group_names(user)
