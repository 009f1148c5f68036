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


def _auto_updated_models():
    return [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def indexed_once_at_the_end():
    """While open, saves of indexed models are noted, not indexed; on leaving, each noted
    object still there is indexed once (deletions are still removed from the index at once)."""
    models = _auto_updated_models()
    saved = {}

    def note(instance, raw=False, **kwargs):
        if not raw:
            saved[(instance._meta.label, str(instance.pk))] = None

    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(note, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(note, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    for label, pk in saved:
        instance = apps.get_model(label)._default_manager.filter(pk=pk).first()
        if instance is not None:
            index.insert_or_update_object(instance)
