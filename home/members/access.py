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


def coordinated_oblast(user):
    """The oblast a regional coordinator reports on (her own profile's oblast), else None."""
    if not is_regional_coordinator(user):
        return None
    profile = getattr(user, "member_profile", None)
    return profile.oblast if profile else ""


def limit_to_coordinated_oblast(user, queryset, oblast_field="oblast"):
    """Editors and superusers see everything; a coordinator only her oblast's rows."""
    if user.is_superuser or is_editor(user):
        return queryset
    oblast = coordinated_oblast(user)
    if oblast is None:
        return queryset.none()
    return queryset.filter(**{oblast_field: oblast})
