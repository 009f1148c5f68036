"""The initiatives list reads a page in its order from a partial index of the visible ones.

The former index (hidden, featured, created_at) served no query: Django writes `NOT hidden`,
which SQLite cannot match to an index column, so every page sorted all initiatives and
counted the offers and comments of each before keeping twelve.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("club", "0002_moderator_permissions"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="initiative",
            name="club_initia_hidden_59767f_idx",
        ),
        migrations.AddIndex(
            model_name="initiative",
            index=models.Index(
                condition=models.Q(("hidden", False)),
                fields=["-featured", "-created_at", "-id"],
                name="club_initiative_order",
            ),
        ),
    ]
