"""The search page: one box for courses, lessons, library items, news and events.

Results come in the page's language, grouped by kind (home/search/registry.py), at most
`RESULTS_PER_KIND` of each, the most relevant first. Visitors and signed-in people outside
the Club never see members-only pages nor what lies below them (the sitemap's rule,
home/sitemaps.py); pages an editor made private in Wagtail are left out for everyone.
Reflections and other private records are plain models, never indexed, so never found.

Each kind costs one query, whatever the number of results: the search runs on the kind's
own model (its rows come back specific, without `.specific()`), stream fields deferred.
"""

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.cache import keep_private
from home.members.access import is_club_member
from home.sitemaps import members_only_subtrees_q

from .matching import matching_pages
from .registry import search_kinds
from .stems import query_stems

RESULTS_PER_KIND = 10


class SiteSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, max_length=200)

    def query(self):
        """The query, or "" when it is missing or too long (the page then says so)."""
        return self.cleaned_data["q"].strip() if self.is_valid() else ""


def visible_pages(model, request, locale):
    pages = model.objects.live().public().filter(locale=locale)
    if not is_club_member(request.user):
        pages = pages.exclude(members_only_subtrees_q())
    return pages


def find(kind, request, locale, stems):
    """The kind's pages holding every stem as the start of a word, the best first."""
    results = []
    visible = visible_pages(kind.model, request, locale)
    for page in matching_pages(visible, stems)[:RESULTS_PER_KIND]:
        page.search_summary = getattr(page, kind.summary_field, "") if kind.summary_field else ""
        page.search_date = getattr(page, kind.date_field, None) if kind.date_field else None
        results.append(page)
    return results


def suggestions(locale):
    """What to offer when nothing is found: each kind's own (tracks, library tags)."""
    offered = []
    for kind in search_kinds():
        if kind.suggestions is not None:
            links = kind.suggestions(locale)
            if links:
                offered.append({"heading": kind.suggestions_heading, "links": links})
    return offered


def search(request):
    form = SiteSearchForm(request.GET)
    query = form.query()
    locale = Locale.get_active()
    stems = query_stems(query, locale.language_code)
    groups = []
    if stems:
        for kind in search_kinds():
            results = find(kind, request, locale, stems)
            if results:
                groups.append({"key": kind.key, "label": kind.label, "results": results})
    context = {
        "form": form,
        "query": query,
        "groups": groups,
        "searched": bool(stems),
        "too_long": form.is_bound and not form.is_valid(),
        "suggestions": [] if groups else suggestions(locale),
    }
    response = TemplateResponse(request, "home/search.html", context)
    return keep_private(response) if request.user.is_authenticated else response
