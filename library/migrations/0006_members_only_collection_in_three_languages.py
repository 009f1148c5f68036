"""The "Members only" collection named in the three languages editors work in.

Wagtail shows a collection's one stored name in every chooser and listing; code finds it by
this name (home/documents.py)."""

from django.db import migrations

OLD_NAME = "Members only"
NEW_NAME = "Members only · Только для участниц · Мүчөлөр үчүн гана"


def rename(old, new):
    def run(apps, schema_editor):
        Collection = apps.get_model("wagtailcore", "Collection")
        Collection.objects.filter(name=old, depth=2).update(name=new)

    return run


class Migration(migrations.Migration):
    dependencies = [("library", "0005_track_moves_to_home")]

    operations = [migrations.RunPython(rename(OLD_NAME, NEW_NAME), rename(NEW_NAME, OLD_NAME))]
