"""The mentor's workspace (issue 27): what each group needs to act on its admin home.

Regional coordinators see the applications of their oblasts (deciding stays with editors),
editors see and retry failed outgoing messages. Which group gets what is read from the one
table, home/members/roles.py.
"""

from django.db import migrations

from home.members.migration_grants import grant_defaults


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0006_reminder_switches"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        grant_defaults(
            [
                "members.view_membershipapplication",
                "outbox.view_message",
                "outbox.retry_message",
            ]
        )
    ]
