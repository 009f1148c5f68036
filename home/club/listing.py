"""The directory and the initiatives list: filters, search, pagination, in constant queries.

However many members or initiatives there are, a page of either list costs the same number of
queries: one count, one page of rows with what each card shows joined or annotated, one for
the tracks of the page, one for the track names.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.http import urlencode

from home.members.access import holds_club_membership

from .forms import DirectoryFilterForm, InitiativeFilterForm
from .models import ClubProfile, Comment, Initiative, OfferOfHelp
from .tracks import localize, localized_tracks

MEMBERS_PER_PAGE = 24
INITIATIVES_PER_PAGE = 12


def word_forms(word):
    """The spellings a search word is tried in.

    SQLite compares letters case-insensitively for Latin letters only; trying the word as
    typed, in lower and upper case, capitalised and title-cased finds "Айгүл" from "айгүл" and
    "Кара-Суу" from "КАРА-СУУ" there too.
    """
    return {word, word.lower(), word.upper(), word.capitalize(), word.title()}


def search_condition(query, fields):
    """Every word of `query` is found in one of `fields`."""
    condition = Q()
    for word in query.split():
        matches = Q()
        for form in word_forms(word):
            for field in fields:
                matches |= Q(**{f"{field}__icontains": form})
        condition &= matches
    return condition


def paginate(request, queryset, per_page, filters):
    """The requested page (junk numbers give the first or last) and links keeping the filters."""
    page_obj = Paginator(queryset, per_page).get_page(request.GET.get("page"))

    def link(number):
        return "?" + urlencode({**filters, "page": number})

    return {
        "page_obj": page_obj,
        "previous_url": link(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next_url": link(page_obj.next_page_number()) if page_obj.has_next() else "",
    }


# --- Directory ----------------------------------------------------------------------------


def directory_entries(filters):
    """Listed members who are still in the Club, filtered, by name (her member profile's,
    copied as `sort_name`: read in order from an index, membership checked row by row)."""
    entries = (
        ClubProfile.objects.filter(holds_club_membership("user__"), listed=True)
        .select_related("user__member_profile")
        .prefetch_related("tracks")
        .order_by("sort_name", "pk")
    )
    if "oblast" in filters:
        entries = entries.filter(user__member_profile__oblast=filters["oblast"])
    if "role" in filters:
        entries = entries.filter(user__member_profile__role=filters["role"])
    if "track" in filters:
        chosen = ClubProfile.tracks.through.objects.filter(
            clubprofile_id=OuterRef("pk"), track__slug=filters["track"]
        )
        entries = entries.filter(Exists(chosen))
    if "q" in filters:
        entries = entries.filter(
            search_condition(
                filters["q"],
                ["user__member_profile__full_name", "user__member_profile__municipality"],
            )
        )
    return entries


def with_local_tracks(entries, tracks_of, by_key):
    """Set `local_tracks` on each row: its tracks named in the reader's language."""
    for entry in entries:
        entry.local_tracks = localize(tracks_of(entry), by_key)
    return entries


def list_context(request, form_class, rows_for, per_page, tracks_of):
    """A filtered list: its filter form, the filters, and the requested page of rows, each
    with `local_tracks` (the tracks are read once, for the form and the rows)."""
    tracks = localized_tracks()
    form = form_class(request.GET, tracks)
    filters = form.filters()
    context = paginate(request, rows_for(filters), per_page, filters)
    with_local_tracks(context["page_obj"], tracks_of, tracks)
    return {**context, "filter_form": form, "filters": filters, "filters_ignored": form.ignored}


def directory_context(request):
    return list_context(
        request,
        DirectoryFilterForm,
        directory_entries,
        MEMBERS_PER_PAGE,
        lambda entry: entry.tracks.all(),
    )


# --- Initiatives --------------------------------------------------------------------------


def count_subquery(queryset, field):
    """The number of rows of `queryset` per `field` (an OuterRef filter), 0 when none."""
    counted = queryset.order_by().values(field).annotate(total=Count("pk")).values("total")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def visible_comment_count(model):
    """Annotation: the visible comments on each post of `model` (any Club post)."""
    comments = Comment.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=OuterRef("pk"),
        hidden=False,
    )
    return count_subquery(comments, "object_id")


def initiative_cards(initiatives):
    """What a card shows: author, track, and the number of visible offers and comments."""
    offers = OfferOfHelp.objects.filter(initiative=OuterRef("pk"), hidden=False)
    return initiatives.select_related("author__member_profile", "track").annotate(
        offer_count=count_subquery(offers, "initiative"),
        comment_count=visible_comment_count(Initiative),
    )


def visible_initiatives(filters):
    initiatives = Initiative.objects.filter(hidden=False)
    for name in ("status", "oblast"):
        if name in filters:
            initiatives = initiatives.filter(**{name: filters[name]})
    if "track" in filters:
        initiatives = initiatives.filter(track__slug=filters["track"])
    if "q" in filters:
        initiatives = initiatives.filter(search_condition(filters["q"], ["title", "municipality"]))
    return initiative_cards(initiatives)


def _initiative_tracks(initiative):
    return [initiative.track] if initiative.track else []


def with_initiative_tracks(initiatives):
    """Set `local_tracks` on each initiative (one query for the track names)."""
    return with_local_tracks(initiatives, _initiative_tracks, localized_tracks())


def initiatives_context(request):
    return list_context(
        request,
        InitiativeFilterForm,
        visible_initiatives,
        INITIATIVES_PER_PAGE,
        _initiative_tracks,
    )
