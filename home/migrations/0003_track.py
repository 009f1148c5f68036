"""Tracks move from the courses app to the base layer; the table keeps its name.

State only: the `courses_track` table, its rows, permissions and wagtail-localize sources
stay as they are. The content type is renamed so that group permissions and translation
sources keep pointing at the same rows.

The `courses_track` table this model takes over is created by courses 0001, so this must run
after the courses app's first migrations. That order is declared by the courses app, which
may know about the base layer (`run_before` in courses 0003), not here: until issue 28 this
migration itself named that courses migration as a dependency. Moving the edge from one
file to the other leaves the migration graph exactly as it was, so
databases that applied both stay consistent and new ones migrate in the same order.
"""

import uuid

import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models


def rename_content_type(apps, schema_editor, old="courses", new="home"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=new, model="track").exists():
        ContentType.objects.filter(app_label=old, model="track").update(app_label=new)


def restore_content_type(apps, schema_editor):
    rename_content_type(apps, schema_editor, old="home", new="courses")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_locales"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Track",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Used in the catalogue filter, e.g. ?track=soft-skills. Same in every language.",
                                max_length=60,
                                verbose_name="slug",
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "colour",
                            models.CharField(
                                choices=[
                                    ("#6b2d5c", "Plum"),
                                    ("#14646b", "Teal"),
                                    ("#7a5200", "Ochre"),
                                    ("#3b3f8f", "Indigo"),
                                    ("#2f6b2f", "Green"),
                                ],
                                default="#6b2d5c",
                                max_length=7,
                                verbose_name="colour",
                            ),
                        ),
                        (
                            "icon",
                            models.CharField(
                                choices=[
                                    ("speech", "Speech bubble (soft skills)"),
                                    ("handshake", "Handshake (partnerships)"),
                                    ("budget", "Chart (budget and planning)"),
                                    ("book", "Book"),
                                ],
                                default="book",
                                max_length=20,
                                verbose_name="icon",
                            ),
                        ),
                        (
                            "sort_order",
                            models.PositiveSmallIntegerField(
                                default=0,
                                help_text="Smaller numbers come first.",
                                verbose_name="order in the catalogue",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "track",
                        "verbose_name_plural": "tracks",
                        "db_table": "courses_track",
                        "ordering": ["sort_order", "name"],
                        "abstract": False,
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("slug", "locale"), name="courses_track_unique_slug"
                            )
                        ],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, restore_content_type),
    ]
