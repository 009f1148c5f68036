"""The document collection whose files only signed-in visitors may download."""

from wagtail.models import Collection

MEMBERS_ONLY_COLLECTION = "Members only"  # created by migration 0002


def members_only_collection():
    return Collection.objects.filter(name=MEMBERS_ONLY_COLLECTION, depth=2).first()
