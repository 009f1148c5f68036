"""A "Members only" document collection that needs sign-in, and tag permissions for editors.

Documents attached to members-only items go into this collection: Wagtail's document
view (WAGTAILDOCS_SERVE_METHOD = "serve_view") then sends anonymous visitors to sign in.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied so this migration never changes: library/documents.py, home/members/roles.py.
COLLECTION_NAME = "Members only"
EDITORS = "Editors"
TAG_PERMISSIONS = ["add_librarytag", "change_librarytag", "delete_librarytag", "view_librarytag"]
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


def grant_tag_permissions(apps, schema_editor):
    # Permissions are normally created after migrate; make them exist now.
    app_config = apps.get_app_config("library")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="library", codename__in=TAG_PERMISSIONS)
    )


def forwards(apps, schema_editor):
    create_collection(apps, schema_editor)
    grant_tag_permissions(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
