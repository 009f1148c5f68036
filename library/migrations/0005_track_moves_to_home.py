"""Library items point at home.Track (the same table as before): state only."""

import modelcluster.fields
from django.db import migrations

import library.models


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0004_alter_libraryitempage_resources"),
        ("home", "0003_track"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="libraryitempage",
                    name="tracks",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, limit_choices_to=library.models.tracks_in_default_language, related_name="library_items", to="home.track", verbose_name="tracks"),
                ),
            ],
            database_operations=[],
        ),
    ]
