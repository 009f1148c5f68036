"""Routing a URL to its page in one query instead of two per level of the page tree.

Wagtail walks the tree one level at a time (the child by slug, then its specific row). The
chain of pages a path leads through is the same for every visitor, so it is kept per site
generation (home/cache.py) as ids and content types; a request then loads only the page it
is for. Whenever the short cut could answer differently from Wagtail's own walk (a
routable page on the way that would take the rest of the path as its own sub-URL, a page
moved meanwhile) the walk is Wagtail's.
"""

import copy
import hashlib
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from .cache import shared_cached


def _prefixes(root, components):
    return [root.url_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]


def page_chain(root, components):
    """[(page id, content type id, url_path)] of the pages under `root` that `components`
    lead through, from the child of `root` to the deepest existing one."""

    def compute():
        prefixes = _prefixes(root, components)
        rows = Page.objects.filter(url_path__in=prefixes, path__startswith=root.path).values_list(
            "id", "content_type_id", "url_path"
        )
        by_url = {url_path: (pk, content_type, url_path) for pk, content_type, url_path in rows}
        chain = []
        for prefix in prefixes:
            if prefix not in by_url:
                break
            chain.append(by_url[prefix])
        return chain

    digest = hashlib.sha1("/".join(components).encode()).hexdigest()
    return shared_cached("route", [root.pk, digest], compute)


def _takes_rest_as_sub_url(model, rest):
    if not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{c}/" for c in rest))
    except Http404:
        return False
    return True


def fast_route(root, request, components):
    """Wagtail's RouteResult for `components` under `root`, or None to let Wagtail walk."""
    chain = page_chain(root, components)
    if not chain:
        return None
    models = [ContentType.objects.get_for_id(ct).model_class() for _pk, ct, _url in chain]
    for depth, model in enumerate([type(root), *models[:-1]]):
        if _takes_rest_as_sub_url(model, components[depth:]):
            return None  # that page might claim the rest (Wagtail checks it when live)
    page_id, _ct, url_path = chain[-1]
    page = routed_page(models[-1], page_id, url_path)
    if page is None:
        return None  # moved or deleted since the chain was cached
    page.get_view_restrictions = partial(view_restrictions, page)
    return page.route(request, components[len(chain) :])


def routed_page(model, page_id, url_path):
    """The page a route leads to, as its row was at the start of the site generation (any
    save of a page, a draft's included, starts a new one), or None. Kept as it is in this
    process; each request gets its own copy, so whatever a request sets on its page stays
    its own."""
    kept = shared_cached(
        "routed-page",
        [page_id, hashlib.sha1(url_path.encode()).hexdigest()],
        lambda: model.objects.filter(pk=page_id, url_path=url_path).first(),
        in_process=True,
    )
    return copy.copy(kept) if kept is not None else None


def view_restrictions(page):
    """What Wagtail's Page.get_view_restrictions answers: the restrictions of the page and its
    ancestors, an alias's those of its source page, with their groups. Kept per site
    generation: saving or deleting a restriction, or changing its groups, starts a new one
    (home/pagecache.py)."""

    def compute():
        steps = len(page.path) // page.steplen
        paths = [page.path[: n * page.steplen] for n in range(1, steps + 1)]
        own = Q(page__path__in=paths, page__alias_of__isnull=True)
        of_source = Q(page__aliases__path__in=paths)
        restrictions = PageViewRestriction.objects.filter(own | of_source).distinct()
        return list(restrictions.prefetch_related("groups"))

    return shared_cached("view-restrictions", [page.path], compute)


def localized_root(site):
    """The site's home page in the active language (Wagtail's `root_page.localized.specific`,
    which costs two queries on every request), kept per site generation, without its body."""

    def compute():
        root = site.root_page.localized.specific
        return type(root).objects.defer_streamfields().get(pk=root.pk)

    return shared_cached("localized-root", [site.pk, get_language()], compute)
