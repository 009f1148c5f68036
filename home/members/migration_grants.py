"""Default permissions for the Club's groups, as a migration step an app runs for its own
permissions (the base layer's migrations never name a feature app).

`grant_defaults(["courses.view_certificate"])` gives the listed permissions to the groups
`roles.GROUP_PERMISSIONS` says hold them, creating the group and the permission rows if they
are missing.

`moved_from_members_0005=True` is for the grants members 0005 made until issue 28: they run
only when members 0005 itself ran in this `migrate` (a new database, which no longer gets
them from it). A database where the older 0005 already granted them is left as it is, so a
permission an administrator has taken back since is not given back. (A new database
migrated in two runs, members first, would miss them: the safe side; `migrate` in one run,
as `make run` and the tests do, is the way.)
"""

from django.db import migrations

from .roles import GROUP_PERMISSIONS
from .roles import grant as roles_grant

#: Set when members 0005 runs in this process: see `moved_from_members_0005`.
_members_0005_ran = False


def members_0005_runs(apps, schema_editor):
    """A step of members 0005 (only a new database applies it now)."""
    global _members_0005_ran
    _members_0005_ran = True


def grant_defaults(names, moved_from_members_0005=False):
    """A RunPython operation granting `names` (["app_label.codename", ...]) to the groups the
    one table (`roles.GROUP_PERMISSIONS`) gives them: a name no group holds there fails, so
    a migration never grants what a fresh install lacks."""
    wanted = [tuple(name.split(".")) for name in names]
    held = {pair for granted in GROUP_PERMISSIONS.values() for pair in granted}
    if missing := sorted(set(wanted) - held):
        raise ValueError(f"Not in home/members/roles.py GROUP_PERMISSIONS: {missing}")

    def grant(apps, schema_editor):
        if moved_from_members_0005 and not _members_0005_ran:
            return
        roles_grant(apps, wanted)

    return migrations.RunPython(grant, migrations.RunPython.noop)
