"""Editors manage the library's tags.

Moved here from members migration 0005 (issue 28), so the base layer's migrations never
depend on this app: a new database gets them; one where the older 0005 already granted them
is left as it is (home/members/migration_grants.py). Group names are looked up here only.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0006_members_only_collection_in_three_languages"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "library.add_librarytag",
                "library.change_librarytag",
                "library.delete_librarytag",
                "library.view_librarytag",
            ],
            moved_from_members_0005=True,
        )
    ]
