"""Mentors read the progress reports (issue 27), limited to their scope by scope.report_scope.

Kept in the reflections app, which owns the permission, so the base layer's migrations never
depend on a feature app. Idempotent, only adds; the group is looked up by name only here.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    create_permissions(global_apps.get_app_config("reflections"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Mentors")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="reflections", codename="view_progress_reports"
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0008_reflection_messages"),
        ("members", "0007_workspace_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
