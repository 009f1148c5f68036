"""Mark the members-only collection, so that code finds it by a stable key (home
CollectionMark) instead of its three-language name, which editors may now change.

The last lookup by that name, once: this app created the collection (0002) and named it
(0006), so it knows what it was called. Idempotent; a database without it is left alone
(ensure_members_only_collection creates and marks one when the demo needs it).
"""

from django.db import migrations

NAMES = ["Members only · Только для участниц · Мүчөлөр үчүн гана", "Members only"]
MEMBERS_ONLY = "members_only"  # home.collection_marks.CollectionMark.MEMBERS_ONLY


def mark(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionMark = apps.get_model("home", "CollectionMark")
    if CollectionMark.objects.filter(key=MEMBERS_ONLY).exists():
        return
    for name in NAMES:
        collection = Collection.objects.filter(name=name, depth=2).order_by("path").first()
        if collection is not None:
            CollectionMark.objects.create(key=MEMBERS_ONLY, collection=collection)
            return


def unmark(apps, schema_editor):
    apps.get_model("home", "CollectionMark").objects.filter(key=MEMBERS_ONLY).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0007_editor_tag_permissions"),
        ("home", "0007_collection_marks"),
    ]

    operations = [migrations.RunPython(mark, unmark)]
