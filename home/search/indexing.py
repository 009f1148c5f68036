"""Keep the stems of every searchable page right: after publishing, and after seeding.

A page's stems may include the text of rows saved after the page row itself (a library
item's tags, an event's programme rows: modelcluster commits them after `save()`), so the
index update that follows the page's own save may still see the old rows. Every page with
stems is therefore indexed again once it is published, when all its rows are saved.

`index_stemmed_pages` indexes every page with stems: `seed_demo` runs it last, so a
development database seeded before the stems (or before a page type stemmed a new field)
is searchable without `manage.py update_index`.
"""

from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

from .deferred import batch_is_open, index_soon
from .registry import StemmedSearchMixin


def index_published_page(sender, instance, **kwargs):
    if isinstance(instance, StemmedSearchMixin):
        index_soon(instance)


def stemmed_page_models():
    return [
        model
        for model in index.get_indexed_models()
        if issubclass(model, StemmedSearchMixin) and issubclass(model, Page)
    ]


def index_stemmed_pages():
    """Index every page with stems again, in bulk per page type (or each once at the end of
    an open batch: home/search/deferred.py)."""
    backends = list(get_search_backends(with_auto_update=True))
    for model in stemmed_page_models():
        pages = list(model.get_indexed_objects())
        if batch_is_open():
            for page in pages:
                index_soon(page)
            continue
        for backend in backends if pages else ():
            backend.add_bulk(model, pages)


def connect():
    """Called from HomeConfig.ready()."""
    page_published.connect(index_published_page)


def seed(command):
    """The last demo seeder (order 1000): the demo's searchable pages, indexed once more."""
    index_stemmed_pages()
