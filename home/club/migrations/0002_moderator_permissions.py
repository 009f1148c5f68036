"""Moderation of the Club space: mentors, regional coordinators and editors may feature or hide
initiatives; editors also decide on reports of posts.

Code checks the permissions, never these group names: an AMUCA administrator can give them
to any group in Settings → Groups. Which group gets what is read from the one table,
home/members/roles.py.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("club", "0001_initial"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [grant_defaults(["club.moderate_initiative", "club.moderate_post"])]
