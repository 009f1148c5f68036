"""Editors and regional coordinators manage circles, mentors read the circles they lead (in the
style of members 0005_club_group_permissions).

Code checks the permissions, never the group names; an administrator can give them to any
group in Settings → Groups. Which circles each person sees is her scope (courses/circles/
access.py). Idempotent: only adds what is missing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied, not imported, so this migration never changes: home/members/roles.py.
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

MANAGE = [("circles", f"{action}_circle") for action in ("add", "change", "delete", "view")]
GROUP_PERMISSIONS = {
    EDITORS: MANAGE,
    REGIONAL_COORDINATORS: MANAGE,
    MENTORS: [("circles", "view_circle")],
}


def grant(apps, schema_editor):
    create_permissions(global_apps.get_app_config("circles"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=label, codename=codename)
                for label, codename in wanted
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("circles", "0001_initial"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
