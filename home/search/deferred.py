"""Index each saved object once, after a batch of saves, instead of on every save.

Seeding the demo saves a page many times (created, a revision, published, each translation
synced): with the search index updated on every save, a third of `seed_demo` went on
indexing the same pages again and again.
"""

from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

_batch = None  # while a batch is open: the (model label, pk) of each object to index


def _auto_updated_models():
    return [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]


def index_soon(instance):
    """Index `instance` now, or at the end of the open batch."""
    if _batch is None:
        index.insert_or_update_object(instance)
    else:
        _batch[(instance._meta.label, str(instance.pk))] = None


def _note_saved(instance, raw=False, **kwargs):
    if not raw:
        index_soon(instance)


@contextmanager
def indexed_once_at_the_end():
    """While open, saves of indexed models are noted, not indexed; on leaving, each noted
    object still there is indexed once (deletions are still removed from the index at once)."""
    global _batch
    models = _auto_updated_models()
    _batch = {}
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(_note_saved, sender=model)
    try:
        yield
    finally:
        noted, _batch = _batch, None
        for model in models:
            post_save.disconnect(_note_saved, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    for label, pk in noted:
        instance = apps.get_model(label)._default_manager.filter(pk=pk).first()
        if instance is not None:
            index.insert_or_update_object(instance)


def batch_is_open():
    return _batch is not None
