"""What the site search looks in: each app names its page types through a Wagtail hook.

home/ knows no feature app. An app registers `register_site_search_kind` with a function
returning a `SearchKind`; the search page asks each kind in `order` and shows its results
under its label. A kind may also offer `suggestions(locale)`: (label, url) pairs shown when
nothing is found (the library offers its tags).

Every searchable page model puts `STEMS_FIELD` in its `search_fields` and mixes in
`StemmedSearchMixin` (home/search/stems.py explains why).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail import hooks
from wagtail.fields import StreamValue
from wagtail.search import index

from .stems import index_text

SEARCH_KIND_HOOK = "register_site_search_kind"
STEMS_FIELD = index.AutocompleteField("search_stems")


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: str
    model: type
    order: int = 100
    #: The attribute shown under the title in the results (a short text field).
    summary_field: str = ""
    #: The attribute holding the date shown with a result, if any.
    date_field: str = ""
    #: The heading of the suggestions, and a function: locale -> [(label, url)] offered when
    #: nothing is found.
    suggestions_heading: str = ""
    suggestions: Callable | None = field(default=None, compare=False)


def search_kinds():
    kinds = [function() for function in hooks.get_hooks(SEARCH_KIND_HOOK)]
    return sorted(kinds, key=lambda kind: (kind.order, kind.key))


class StemmedSearchMixin:
    """A page whose title and `stemmed_fields` are indexed with their stems (`STEMS_FIELD`)."""

    stemmed_fields = ()

    def search_stems(self):
        texts = [self.title]
        for name in self.stemmed_fields:
            value = getattr(self, name, "")
            if callable(value):
                value = value()
            if isinstance(value, StreamValue):
                value = " ".join(self._meta.get_field(name).get_searchable_content(value))
            texts.append(str(value or ""))
        return index_text(texts, self.locale.language_code)
