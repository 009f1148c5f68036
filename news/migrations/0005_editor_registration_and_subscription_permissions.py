"""Editors manage event registrations and mailing-list subscriptions.

Moved here from members migration 0005 (issue 28), so the base layer's migrations never
depend on this app: a new database gets them; one where the older 0005 already granted them
is left as it is (home/members/migration_grants.py). Group names are looked up here only.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_newsletter_editor_permissions"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "news.change_eventregistration",
                "news.delete_eventregistration",
                "news.view_eventregistration",
                "news.change_subscription",
                "news.delete_subscription",
                "news.view_subscription",
            ],
            moved_from_members_0005=True,
        )
    ]
