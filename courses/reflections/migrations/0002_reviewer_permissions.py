"""Mentors, editors and regional coordinators reviewed reflections and read reports.

Superseded: the Club's groups get all their permissions from members 0005_club_group_permissions.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0001_initial"),
        ("members", "0002_club_groups"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = []
