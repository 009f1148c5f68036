"""Finding pages by the stems of a query: the site search and the library's own box.

Both ask the same thing: which of these (visible) pages hold every stem of the query as the
start of a word in their `search_stems` (home/search/stems.py), the most relevant first.
"""

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, PlainText

from .stems import query_stems

DATABASE_BACKENDS = ("modelsearch.backends.database", "wagtail.search.backends.database")


def stems_query(stems):
    """Every stem, as the start of a word. The database backends (SQLite, PostgreSQL) read the
    last word of a plain text as a prefix: one plain text per stem, all required. OpenSearch
    matches every word of an autocomplete query against the start of words (edge n-grams)
    but takes only a plain text."""
    if type(get_search_backend()).__module__.startswith(DATABASE_BACKENDS):
        return And([PlainText(stem) for stem in stems])
    return PlainText(" ".join(stems), operator="and")


def matching_pages(pages, stems):
    """The pages of the queryset `pages` holding every stem as the start of a word, the best
    first, stream fields deferred (one query).

    The search backends accept only indexed fields as filters: whatever `pages` filters on
    (visibility rules, subqueries, tags through joins) reaches them through the primary key.
    """
    model = pages.model
    candidates = model.objects.filter(pk__in=pages.values("pk")).defer_streamfields()
    return candidates.autocomplete(stems_query(stems))


def search_pages(pages, query, language):
    """`matching_pages` for a visitor's query in `language` (no words: no pages)."""
    stems = query_stems(query, language)
    if not stems:
        return pages.none()
    return matching_pages(pages, stems)
