"""Names of the Club's four groups: labels only.

What a group may do comes from its permissions (members migration 0005, then Settings →
Groups); code checks permissions, never these names. The names are used to place people in
a group: an approved applicant joins MEMBERS, and the demo accounts their groups.
"""

from django.utils.translation import pgettext_lazy

MEMBERS = "Members"
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

CLUB_GROUPS = (MEMBERS, MENTORS, EDITORS, REGIONAL_COORDINATORS)

#: What editors read for each group in Settings → Groups and on a user's form: the stored
#: name stays the one above, whatever the admin language.
GROUP_LABELS = {
    MEMBERS: pgettext_lazy("group", "Members"),
    MENTORS: pgettext_lazy("group", "Mentors"),
    EDITORS: pgettext_lazy("group", "Editors"),
    REGIONAL_COORDINATORS: pgettext_lazy("group", "Regional coordinators"),
}


def group_label(group):
    """A group's name in the admin's language (a group editors added keeps its own name)."""
    return str(GROUP_LABELS.get(group.name, group.name))
