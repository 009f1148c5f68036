"""The learning tracks in the reader's language, for members' interests and initiatives.

A member picks a track in the language she is reading; another member reads it in hers. Both
are the same track: the same `translation_key` (and slug) in every language.
"""

from django.utils.translation import get_language

from home.tracks import Track

SOURCE_LANGUAGE = "ky"


def localized_tracks(language=None):
    """{translation_key: the track in `language`, else its Kyrgyz source}, in one query."""
    language = language or get_language()
    rank = {language: 0, SOURCE_LANGUAGE: 1}
    chosen = {}
    for track in Track.objects.select_related("locale").order_by("sort_order", "name", "pk"):
        current = chosen.get(track.translation_key)
        mine = rank.get(track.locale.language_code, 2)
        if current is None or mine < rank.get(current.locale.language_code, 2):
            chosen[track.translation_key] = track
    return chosen


def track_queryset():
    """The form choices: one track per translation key, in the reader's language."""
    return Track.objects.filter(pk__in=[t.pk for t in localized_tracks().values()]).order_by(
        "sort_order", "name"
    )


def localize(tracks, by_key):
    """The same tracks as `by_key` names them (the reader's language)."""
    return [by_key.get(track.translation_key, track) for track in tracks]
