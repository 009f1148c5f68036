"""The directory reads a page in name order from a partial index of the listed profiles.

Club profiles get a copy of her member profile's full name (`sort_name`, filled here; kept
in step by home/club/names.py), so the order no longer needs the join to member profiles.
"""

from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_sort_names(apps, schema_editor):
    ClubProfile = apps.get_model("club", "ClubProfile")
    MemberProfile = apps.get_model("members", "MemberProfile")
    names = MemberProfile.objects.filter(user_id=OuterRef("user_id")).values("full_name")
    ClubProfile.objects.update(sort_name=Subquery(names[:1]))


class Migration(migrations.Migration):
    dependencies = [
        ("club", "0003_initiative_order"),
        ("members", "0006_reminder_switches"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="clubprofile",
            name="club_clubpr_listed_3550f4_idx",
        ),
        migrations.AddField(
            model_name="clubprofile",
            name="sort_name",
            field=models.CharField(blank=True, editable=False, max_length=150, null=True),
        ),
        migrations.RunPython(copy_sort_names, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="clubprofile",
            index=models.Index(
                condition=models.Q(("listed", True)),
                fields=["sort_name", "id"],
                name="club_directory_order",
            ),
        ),
    ]
