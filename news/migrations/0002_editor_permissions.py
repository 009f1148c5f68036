"""Editors see, correct and export event participants and the mailing list in the admin.

Page permissions for news and events come from the Editors' page permissions on the root.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAMES = [
    "view_eventregistration",
    "change_eventregistration",
    "delete_eventregistration",
    "view_subscription",
    "change_subscription",
    "delete_subscription",
]


def grant(apps, schema_editor):
    create_permissions(global_apps.get_app_config("news"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="news", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors:
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="news", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("members", "0002_club_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
