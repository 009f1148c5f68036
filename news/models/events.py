"""Online and offline events of the Club, with their programmes and calendar files."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.cache import PrivateForSignedInMixin, shared_cached
from home.members.access import is_club_member
from home.search.registry import STEMS_FIELD, StemmedSearchMixin

from ..calendars import calendar_response
from ..forms import EventPageForm
from ..registration import registration_state
from ..views import cancel_view, register_view
from .news import paginate

PAST_EVENTS_PER_PAGE = 10


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    OFFLINE = "offline", _("Offline")
    HYBRID = "hybrid", _("Online and offline")


# Which formats a visitor who filters by "online" or "offline" can attend.
FORMAT_FILTERS = {
    EventFormat.ONLINE: [EventFormat.ONLINE, EventFormat.HYBRID],
    EventFormat.OFFLINE: [EventFormat.OFFLINE, EventFormat.HYBRID],
}


class EventIndexPage(RoutablePageMixin, Page):
    """The events of one language: upcoming first, then past, and a calendar feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    @staticmethod
    def split(queryset, now=None):
        """(upcoming, past): an event is upcoming until its end; past once it has ended."""
        now = now or timezone.now()
        upcoming = queryset.filter(end__gt=now).order_by("start", "pk")
        past = queryset.filter(end__lte=now).order_by("-start", "-pk")
        return upcoming, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.events()
        chosen = request.GET.get("format", "")
        if chosen in FORMAT_FILTERS:
            events = events.filter(format__in=FORMAT_FILTERS[chosen])
        else:
            chosen = ""
        upcoming, past = self.split(events)
        context.update(
            format=chosen,
            format_choices=[(EventFormat.ONLINE, _("Online")), (EventFormat.OFFLINE, _("Offline"))],
            upcoming_events=list(upcoming),
            past_events=paginate(request, past, PAST_EVENTS_PER_PAGE),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, self.events().order_by("start"), "club-events.ics")


class EventPage(StemmedSearchMixin, PrivateForSignedInMixin, RoutablePageMixin, Page):
    """One meeting of the Club: when, where or how to join, who leads it, and its programme."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    format = models.CharField(
        _("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.ONLINE
    )
    start = models.DateTimeField(_("start"), help_text=_("Bishkek time."))
    end = models.DateTimeField(_("end"), help_text=_("Bishkek time."))
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("For offline events.")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    meeting_url = models.URLField(
        _("meeting link"),
        blank=True,
        help_text=_("For online events. Only signed-in Club members see it."),
    )
    moderator = models.CharField(_("moderator"), max_length=200, blank=True)
    audience = models.TextField(_("audience"), blank=True, help_text=_("Who is invited."))
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. Further registrations join the waiting list."),
    )
    registration_open = models.BooleanField(_("members can register"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("format"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("meeting_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("moderator"), FieldPanel("audience")], heading=_("Who")),
        MultiFieldPanel(
            [FieldPanel("registration_open"), FieldPanel("capacity")],
            heading=_("Registration"),
        ),
        InlinePanel("programme_items", heading=_("Programme"), label=_("Programme row")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("moderator"),
        index.SearchField("venue"),
        index.SearchField("programme_text"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("format"),
        STEMS_FIELD,
    ]
    stemmed_fields = ("intro", "moderator", "venue", "audience", "programme_text")

    base_form_class = EventPageForm
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})

    def programme_text(self):
        """The sessions and speakers of the programme, for the search index: a word found only
        in a programme row finds the event. The rows are saved after the page itself, so the
        page is indexed again once published (home/search/indexing.py)."""
        rows = self.programme_items.all()
        return " ".join(f"{row.session} {row.speaker}" for row in rows)

    @property
    def is_past(self):
        return self.end <= timezone.now()

    @property
    def has_started(self):
        return self.start <= timezone.now()

    @property
    def is_online(self):
        return self.format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_offline(self):
        return self.format in (EventFormat.OFFLINE, EventFormat.HYBRID)

    @cached_property
    def registration_event(self):
        """The one page that holds registrations for every translation of this event."""
        if self.pk is None:
            return self
        first = shared_cached(  # the same for everyone: no query on a member's event page
            "registration-event",
            [self.translation_key],
            lambda: (
                EventPage.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
            ),
        )
        return first or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme"] = self.programme_items.all()
        context["is_member"] = is_club_member(request.user)
        context["registration"] = registration_state(self, request.user)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        return calendar_response(request, [self], f"{self.slug}.ics")

    @path("register/", name="register")
    def register(self, request):
        return register_view(request, self)

    @path("cancel/", name="cancel")
    def cancel(self, request):
        return cancel_view(request, self)


class EventProgrammeItem(TranslatableMixin, Orderable):
    """One row of an event's programme: a session, its time and its speaker."""

    page = ParentalKey(EventPage, related_name="programme_items", on_delete=models.CASCADE)
    start = models.TimeField(_("from"))
    end = models.TimeField(_("to"))
    session = models.CharField(_("session"), max_length=300)
    speaker = models.CharField(_("speaker"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("session"),
        FieldPanel("speaker"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("programme row")
        verbose_name_plural = _("programme rows")
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})
