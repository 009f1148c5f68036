"""Editors compose and send the newsletter.

Code checks the permissions, never the group name; an administrator can give them to any group
in Settings → Groups. Which group gets them is read from the one table, home/members/roles.py.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_newsletter"),
        ("members", "0005_club_group_permissions"),
    ]

    operations = [
        grant_defaults(
            [
                "news.add_newsletterissue",
                "news.change_newsletterissue",
                "news.delete_newsletterissue",
                "news.view_newsletterissue",
                "news.send_newsletterissue",
            ]
        )
    ]
