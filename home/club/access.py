"""Who may moderate the Club space: Django permissions, granted to groups in Settings → Groups.

Club migration 0002 gives "feature or hide initiatives" to mentors, regional coordinators and
editors, and "act on reports of posts" to editors; group names are never checked here.
"""

from home.permissions import may

MODERATE_INITIATIVE = "club.moderate_initiative"
MODERATE_POST = "club.moderate_post"


def can_moderate_initiatives(user):
    return may(user, MODERATE_INITIATIVE)


def can_moderate_posts(user):
    return may(user, MODERATE_POST)
