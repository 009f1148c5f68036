"""Names of the Club's permission groups; the groups are created by a migration."""

MEMBERS = "Members"
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

CLUB_GROUPS = (MEMBERS, MENTORS, EDITORS, REGIONAL_COORDINATORS)
