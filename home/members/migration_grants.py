"""Default permissions for the Club's groups, as a migration step an app runs for its own
permissions (the base layer's migrations never name a feature app).

`grant_defaults({"Editors": ["courses.view_certificate"]})` gives each named group the listed
permissions, creating the group and the permission rows if they are missing.

`moved_from_members_0005=True` is for the grants members 0005 made until issue 28: they run
only when members 0005 itself ran in this `migrate` (a new database, which no longer gets
them from it). A database where the older 0005 already granted them is left as it is, so a
permission an administrator has taken back since is not given back. (A new database
migrated in two runs, members first, would miss them: the safe side; `migrate` in one run,
as `make run` and the tests do, is the way.)
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

#: Set when members 0005 runs in this process: see `moved_from_members_0005`.
_members_0005_ran = False


def members_0005_runs(apps, schema_editor):
    """A step of members 0005 (only a new database applies it now)."""
    global _members_0005_ran
    _members_0005_ran = True


def grant_defaults(grants, moved_from_members_0005=False):
    """A RunPython operation granting `grants` ({group name: ["app_label.codename", ...]})."""

    def grant(apps, schema_editor):
        if moved_from_members_0005 and not _members_0005_ran:
            return
        labels = {name.split(".")[0] for wanted in grants.values() for name in wanted}
        for label in sorted(labels):
            create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group_name, wanted in grants.items():
            permissions = [
                Permission.objects.get(content_type__app_label=label, codename=codename)
                for label, codename in (name.split(".") for name in wanted)
            ]
            group, _created = Group.objects.get_or_create(name=group_name)
            group.permissions.add(*permissions)

    return migrations.RunPython(grant, migrations.RunPython.noop)
