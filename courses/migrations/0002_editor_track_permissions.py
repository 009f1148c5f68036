"""Editors manage the learning tracks (the course pages get page permissions in Wagtail)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"  # home/members/roles.py; copied so this migration never changes
TRACK_PERMISSIONS = ["add_track", "change_track", "delete_track", "view_track"]


def grant(apps, schema_editor):
    # Permissions are normally created after migrate; make them exist now (the stub needs
    # models_module set for create_permissions to look at it).
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="courses", codename__in=TRACK_PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="courses", codename__in=TRACK_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
