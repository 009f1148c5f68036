"""Who may download a library document; the members-only collection is in home/documents.py."""

from wagtail.models import BaseViewRestriction

from home.documents import (  # noqa: F401 - the library's names for them
    MEMBERS_ONLY_COLLECTION,
    ensure_members_only_collection,
    members_only_collection,
)


def restricted_to_groups(document):
    """True when only some groups may download `document` (not merely any signed-in account)."""
    return (
        document.collection.get_view_restrictions()
        .filter(restriction_type=BaseViewRestriction.GROUPS)
        .exists()
    )


def refused_by_group_restriction(document, request):
    """True when a signed-in visitor is outside every group allowed to download `document`."""
    if not request.user.is_authenticated:
        return False  # Wagtail's own check sends her to the sign-in page.
    return any(
        restriction.restriction_type == BaseViewRestriction.GROUPS
        and not restriction.accept_request(request)
        for restriction in document.collection.get_view_restrictions()
    )
