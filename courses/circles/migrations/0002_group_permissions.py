"""Editors and regional coordinators manage circles, mentors read the circles they lead.

Code checks the permissions, never the group names; an administrator can give them to any
group in Settings → Groups. Which circles each person sees is her scope (courses/circles/
access.py). Which group gets what is read from the one table, home/members/roles.py.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("circles", "0001_initial"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "circles.add_circle",
                "circles.change_circle",
                "circles.delete_circle",
                "circles.view_circle",
            ]
        )
    ]
