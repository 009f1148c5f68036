"""Give mentors, editors and regional coordinators the reflections permissions and the admin."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from home.members.roles import EDITORS, MENTORS, REGIONAL_COORDINATORS

GRANTS = {
    MENTORS: [("reflections", "review_reflection")],
    EDITORS: [("reflections", "review_reflection"), ("reflections", "view_progress_reports")],
    REGIONAL_COORDINATORS: [
        ("reflections", "review_reflection"),
        ("reflections", "view_progress_reports"),
    ],
}


def grant(apps, schema_editor):
    for label in ("reflections", "wagtailadmin"):
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        wanted = [*codenames, ("wagtailadmin", "access_admin")]
        for app_label, codename in wanted:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="reflections").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0001_initial"),
        ("members", "0002_club_groups"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
