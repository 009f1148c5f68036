"""Editors compose and send the newsletter (in the style of members 0005_club_group_permissions).

Code checks the permissions, never the group name; an administrator can give them to any group
in Settings → Groups. Idempotent: only adds what is missing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied, not imported, so this migration never changes: home/members/roles.py.
EDITORS = "Editors"
NEWSLETTER = [
    ("news", f"{action}_newsletterissue")
    for action in ("add", "change", "delete", "view", "send")
]


def grant(apps, schema_editor):
    create_permissions(global_apps.get_app_config("news"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        *(
            Permission.objects.get(content_type__app_label=label, codename=codename)
            for label, codename in NEWSLETTER
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_newsletter"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
