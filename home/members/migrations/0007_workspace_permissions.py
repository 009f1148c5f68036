"""The mentor's workspace (issue 27): what each group needs to act on its admin home.

Regional coordinators see the applications of their oblasts (deciding stays with editors),
editors see and retry failed outgoing messages. Like 0005: idempotent, only adds; group
names are looked up here once and decide nothing in code.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied, not imported, so this migration never changes: home/members/roles.py.
GRANTS = {
    "Regional coordinators": [("members", "view_membershipapplication")],
    "Editors": [("outbox", "view_message"), ("outbox", "retry_message")],
}


def grant(apps, schema_editor):
    for label in ("members", "outbox"):
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
                for app_label, codename in wanted
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0006_reminder_switches"),
        ("outbox", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
