"""Editors managed the learning tracks.

Superseded: the Club's groups get all their permissions from members 0005_club_group_permissions.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
