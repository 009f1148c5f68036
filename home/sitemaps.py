"""One sitemap for every language: public, live pages only, in a constant number of queries."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import BooleanField, Exists, OuterRef, Q, Value
from django.db.models.functions import Length, Substr
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models

# Set on every page the sitemap lists: its members-only check was already done in SQL, so a
# `get_sitemap_urls` override may skip a per-page check that would cost a query.
SCREENED_ATTRIBUTE = "members_only_screened"


def members_only_pages(model):
    """The pages of `model` that are for Club members only, or None if it has none.

    The protocol, for every app's page types:
    - a page model may declare a classmethod `members_only_pages()` returning a queryset of
      its members-only pages;
    - otherwise a concrete BooleanField `members_only` on the model is used (CoursePage,
      library's LibraryItemPage).
    The subtree of a members-only page (a course's lessons) is left out with it.
    """
    custom = getattr(model, "members_only_pages", None)
    if custom is not None:
        return custom()
    try:
        field = model._meta.get_field("members_only")
    except FieldDoesNotExist:
        return None
    if not isinstance(field, BooleanField) or field.model is not model:
        return None
    return model.objects.filter(members_only=True)


def members_only_subtrees_q():
    """Matches every page that is, or lies below, a members-only page (one SQL condition)."""
    condition = Q()
    for model in get_page_models():
        private = members_only_pages(model)
        if private is not None:
            # An ancestor-or-self: its path is a prefix of the outer page's path.
            condition |= Exists(private.filter(path=Substr(OuterRef("path"), 1, Length("path"))))
    return condition


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists one locale; the Club publishes three.

    Pages with a view restriction are left out by `.public()`; members-only pages and their
    subtrees by `members_only_subtrees_q()`, in the same query, so the query count does not
    grow with the number of pages.
    """

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .exclude(members_only_subtrees_q())
            .defer_streamfields()
            .annotate(**{SCREENED_ATTRIBUTE: Value(True)})
            .specific()
            .order_by("path")
        )
