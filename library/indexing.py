"""Keep the search index in step with tag names: renaming or deleting a tag re-indexes its
items. (An item's new tags reach the index when it is published: home/search/indexing.py.)
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.search import index

from .models import LibraryItemPage, LibraryTag


def _reindex_items(item_ids):
    for item in LibraryItemPage.objects.filter(pk__in=item_ids):
        index.insert_or_update_object(item)


def reindex_items_of_tag(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex_items(instance.tagged_library_items.values_list("content_object_id", flat=True))


def remember_items_of_tag(sender, instance, **kwargs):
    instance._library_item_ids = list(
        instance.tagged_library_items.values_list("content_object_id", flat=True)
    )


def reindex_items_of_deleted_tag(sender, instance, **kwargs):
    _reindex_items(getattr(instance, "_library_item_ids", []))


def connect():
    """Called from LibraryConfig.ready(), once the models are loaded."""
    post_save.connect(reindex_items_of_tag, sender=LibraryTag)
    pre_delete.connect(remember_items_of_tag, sender=LibraryTag)
    post_delete.connect(reindex_items_of_deleted_tag, sender=LibraryTag)
