"""Moderation of the Club space: mentors, regional coordinators and editors may feature or hide
initiatives; editors also decide on reports of posts.

Code checks the permissions, never these group names: an AMUCA administrator can give them
to any group in Settings → Groups. Idempotent: only adds what is missing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied, not imported, so this migration never changes: home/members/roles.py.
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

MODERATE_INITIATIVE = ("club", "moderate_initiative")
MODERATE_POST = ("club", "moderate_post")

GROUP_PERMISSIONS = {
    MENTORS: [MODERATE_INITIATIVE],
    REGIONAL_COORDINATORS: [MODERATE_INITIATIVE],
    EDITORS: [MODERATE_INITIATIVE, MODERATE_POST],
}


def grant(apps, schema_editor):
    create_permissions(global_apps.get_app_config("club"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
                for app_label, codename in wanted
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("club", "0001_initial"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
