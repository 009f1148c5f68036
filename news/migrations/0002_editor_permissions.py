"""Editors saw, corrected and exported event participants and the mailing list.

Superseded: the Club's groups get all their permissions from members 0005_club_group_permissions.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("members", "0002_club_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
