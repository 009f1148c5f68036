"""Default permissions for the Club's groups, as a migration step an app runs for its own
permissions (the base layer's migrations never name a feature app).

`grant_defaults({"Editors": ["courses.view_certificate"]})` gives each named group the listed
permissions, creating the group and the permission rows if they are missing. With
`unless_held=True` a group that already holds any of its list is left alone: that is how a
step moved out of an older migration (members 0005, which granted the feature apps'
permissions until issue 28) leaves databases where the older one already ran — and where an
administrator may since have taken some back — as they are, while a new database gets them.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_defaults(grants, unless_held=False):
    """A RunPython operation granting `grants` ({group name: ["app_label.codename", ...]})."""

    def grant(apps, schema_editor):
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
            if (
                unless_held
                and group.permissions.filter(pk__in=[p.pk for p in permissions]).exists()
            ):
                continue
            group.permissions.add(*permissions)

    return migrations.RunPython(grant, migrations.RunPython.noop)
