"""Mentors, regional coordinators and editors review reflections; coordinators and editors
read the progress reports.

Moved here from members migration 0005 (issue 28), so the base layer's migrations never
depend on this app: a new database gets them; one where the older 0005 already granted them
is left as it is (home/members/migration_grants.py). Group names are looked up here only.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0009_mentors_read_reports"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "reflections.review_reflection",
                "reflections.view_progress_reports",
            ],
            moved_from_members_0005=True,
        )
    ]
