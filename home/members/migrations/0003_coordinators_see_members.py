"""Regional coordinators viewed the member list.

Superseded: the Club's groups get all their permissions from members 0005_club_group_permissions.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("members", "0002_club_groups")]

    operations = []
