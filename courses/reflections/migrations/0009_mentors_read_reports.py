"""Mentors read the progress reports (issue 27), limited to their scope by scope.report_scope.

Kept in the reflections app, which owns the permission, so the base layer's migrations never
depend on a feature app. Which groups get it is read from the one table,
home/members/roles.py (coordinators and editors too).
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0008_reflection_messages"),
        ("members", "0007_workspace_permissions"),
    ]

    operations = [grant_defaults(["reflections.view_progress_reports"])]
