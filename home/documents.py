"""The document collection whose files only the Club's groups may download.

Created by library migration 0002 and restricted by 0003; any app may file members-only
documents there (the library's resources, the handouts of members-only lessons). Code finds
it by its mark (home/collection_marks.py, set by library 0008), never by its name.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from home.collection_marks import CollectionMark
from home.members.access import CLUB_MEMBER
from home.permissions import groups_with_permission

#: The name a new members-only collection is given (editors may rename it).
MEMBERS_ONLY_COLLECTION = "Members only · Только для участниц · Мүчөлөр үчүн гана"


def members_only_collection():
    marked = CollectionMark.objects.filter(key=CollectionMark.MEMBERS_ONLY)
    return Collection.objects.filter(pk__in=marked.values("collection")).first()


def club_groups():
    """The groups whose people are Club members: those granted the membership permission."""
    return groups_with_permission(CLUB_MEMBER)


def restrict_to_club_groups(collection):
    """Give `collection` one "groups" view restriction for the Club's groups (idempotent)."""
    groups = list(club_groups())
    restrictions = CollectionViewRestriction.objects.filter(collection=collection)
    current = restrictions.filter(restriction_type=BaseViewRestriction.GROUPS).first()
    if current is None or restrictions.count() > 1:
        restrictions.delete()
        current = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    current.groups.add(*groups)
    return current


def ensure_members_only_collection():
    """The "Members only" collection, restricted to the Club's groups (for the demo seed)."""
    collection = members_only_collection()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=MEMBERS_ONLY_COLLECTION)
        CollectionMark.objects.create(key=CollectionMark.MEMBERS_ONLY, collection=collection)
    restrict_to_club_groups(collection)
    return collection


def create_document(title, filename, content, members_only=False):
    """A document made in code (demo content), with its size and hash stored as an upload
    through the admin would: otherwise its first download link saves them, and that save
    purges every cached page."""
    if members_only:
        collection = ensure_members_only_collection()
    else:
        collection = Collection.get_first_root_node()
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document
