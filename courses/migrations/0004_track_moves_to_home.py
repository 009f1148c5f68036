"""Tracks now live in the base layer (home.Track, same table): state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_alter_lessonpage_body"),
        ("home", "0003_track"),
        ("library", "0005_track_moves_to_home"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="coursepage",
                    name="track",
                    field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name="courses", to="home.track", verbose_name="track"),
                ),
                migrations.DeleteModel(name="Track"),
            ],
            database_operations=[],
        ),
    ]
