"""The three learning tracks of the Club, as a translatable snippet.

A base-layer taxonomy: courses, library items and (later) members' interests refer to it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .cache import shared_cached


class TrackColour(models.TextChoices):
    # Dark enough for white text (WCAG AA) and distinct from each other.
    PLUM = "#6b2d5c", _("Plum")
    TEAL = "#14646b", _("Teal")
    OCHRE = "#7a5200", _("Ochre")
    INDIGO = "#3b3f8f", _("Indigo")
    GREEN = "#2f6b2f", _("Green")


class TrackIcon(models.TextChoices):
    SPEECH = "speech", _("Speech bubble (soft skills)")
    HANDSHAKE = "handshake", _("Handshake (partnerships)")
    BUDGET = "budget", _("Chart (budget and planning)")
    BOOK = "book", _("Book")


# Each icon is a <symbol> of static/icons/tracks.svg (home/includes/track_icon.html): drawn
# for the project, so no icon font, no emoji that differ by phone and no external host.


class Track(TranslatableMixin, index.Indexed, models.Model):
    """A learning track: courses are grouped by it in the catalogue."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "Used in the catalogue filter, e.g. ?track=soft-skills. Same in every language."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    colour = models.CharField(
        _("colour"), max_length=7, choices=TrackColour.choices, default=TrackColour.PLUM
    )
    icon = models.CharField(
        _("icon"), max_length=20, choices=TrackIcon.choices, default=TrackIcon.BOOK
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order in the catalogue"), default=0, help_text=_("Smaller numbers come first.")
    )

    panels = [
        HelpPanel(
            content=_(
                "A track groups the courses in the catalogue. Write the name and description "
                "in Kyrgyz first, then use “Translate” to add the Russian and English versions. "
                "Colour, icon, slug and order are shared by all the languages."
            )
        ),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("colour"),
                FieldPanel("icon"),
                FieldPanel("sort_order"),
            ],
            heading=_("Shared by all languages"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        # The admin list sorts search results by these and filters them by language.
        index.FilterField("sort_order"),
        index.FilterField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("colour"),
        SynchronizedField("icon"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        # Defined in the courses app until the layers were split; the table kept its name.
        db_table = "courses_track"
        verbose_name = _("track")
        verbose_name_plural = _("tracks")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="courses_track_unique_slug")
        ]

    def __str__(self):
        return self.name

    @classmethod
    def by_translation_key(cls, locale):
        """The tracks of `locale` keyed by translation key, to localise any page's track."""
        return shared_cached(
            "tracks-by-key",
            [locale.pk],
            lambda: {track.translation_key: track for track in cls.objects.filter(locale=locale)},
        )
