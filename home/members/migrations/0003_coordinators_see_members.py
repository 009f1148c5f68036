"""Regional coordinators may view the member list of the admin (limited to their oblast in code)."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="members", codename="view_memberprofile"
    ).first()
    group = Group.objects.filter(name="Regional coordinators").first()
    if permission and group:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("members", "0002_club_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
