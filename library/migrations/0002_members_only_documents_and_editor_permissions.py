"""A "Members only" document collection that needs sign-in.

(Editors' tag permissions now come from members 0005_club_group_permissions.)

Documents attached to members-only items go into this collection: Wagtail's document
view (WAGTAILDOCS_SERVE_METHOD = "serve_view") then sends anonymous visitors to sign in.
"""

from django.db import migrations

# Copied so this migration never changes: library/documents.py.
COLLECTION_NAME = "Members only"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node path alphabet
STEPLEN = 4


def _next_child_path(root, children):
    """The treebeard path of a new last child of `root` (historical models lack add_child)."""
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = 0
    if last:
        for char in last[-STEPLEN:]:
            number = number * len(ALPHABET) + ALPHABET.index(char)
        number += 1
    else:
        number = 1
    step = ""
    for _position in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return root.path + step


def create_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    collection = children.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.objects.create(
            name=COLLECTION_NAME, depth=2, path=_next_child_path(root, children), numchild=0
        )
        root.numchild = Collection.objects.filter(depth=2, path__startswith=root.path).count()
        root.save(update_fields=["numchild"])
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")


def forwards(apps, schema_editor):
    create_collection(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
