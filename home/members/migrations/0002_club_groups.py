"""Create the Club's four groups (their names are labels only: home/members/roles.py).

Superseded: the Club's groups get all their permissions from members 0005_club_group_permissions.
"""

from django.db import migrations

# Copied so this migration never changes: home/members/roles.py.
CLUB_GROUPS = ("Members", "Mentors", "Editors", "Regional coordinators")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in CLUB_GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
