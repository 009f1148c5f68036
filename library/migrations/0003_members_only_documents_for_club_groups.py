"""Only the Club's groups may download "Members only" documents, not every signed-in account.

Migration 0002 gave the collection a "login" restriction: any account, even one that is
not (or no longer) in the Club, could download the files. This replaces it with a "groups"
restriction for the four Club groups (created by members 0002_club_groups).
"""

from django.db import migrations

# Copied so this migration never changes: library/documents.py, home/members/roles.py.
COLLECTION_NAME = "Members only"
CLUB_GROUPS = ("Members", "Mentors", "Editors", "Regional coordinators")


def restrict_to_club_groups(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    collection = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if collection is None:
        return
    groups = [Group.objects.get_or_create(name=name)[0] for name in CLUB_GROUPS]
    CollectionViewRestriction.objects.filter(collection=collection).delete()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="groups"
    )
    restriction.groups.set(groups)


def back_to_login(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    collection = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if collection is None:
        return
    CollectionViewRestriction.objects.filter(collection=collection).delete()
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_members_only_documents_and_editor_permissions"),
        ("members", "0002_club_groups"),
    ]

    operations = [migrations.RunPython(restrict_to_club_groups, back_to_login)]
