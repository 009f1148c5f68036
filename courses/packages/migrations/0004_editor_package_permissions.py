"""Editors upload, change and delete learning packages (Admin → Packages); which groups get
them is read from the one table (home/members/roles.py GROUP_PERMISSIONS)."""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("packages", "0003_attempt_course_key"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "packages.add_learningpackage",
                "packages.change_learningpackage",
                "packages.delete_learningpackage",
                "packages.view_learningpackage",
            ]
        )
    ]
