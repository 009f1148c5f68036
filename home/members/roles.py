"""Names of the Club's four groups: labels only.

What a group may do comes from its permissions (members migration 0005, then Settings →
Groups); code checks permissions, never these names. The names are used to place people in
a group: an approved applicant joins MEMBERS, and the demo accounts their groups.
"""

MEMBERS = "Members"
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

CLUB_GROUPS = (MEMBERS, MENTORS, EDITORS, REGIONAL_COORDINATORS)
