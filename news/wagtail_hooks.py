"""Admin views for participants and subscribers, and this app's member and privacy hooks."""

import django_filters
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.admin_input import IdChoiceFilter
from home.cache import active_locale, keys_digest, shared_cached
from home.search.registry import SEARCH_KIND_HOOK, SearchKind

from . import demo, newsletter
from .models import (
    EventPage,
    EventRegistration,
    NewsPage,
    RegistrationStatus,
    Subscription,
    SubscriptionStatus,
)
from .newsletter_admin import NewsletterViewSet
from .reminders import event_reminders
from .tasks import resume_interrupted_newsletters


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Records made only by members themselves (registration, double opt-in): never added here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


for _model in (EventRegistration, Subscription):
    register_permission_policy(_model, NoAddPermissionPolicy(_model), exact_class=True)


def _events_with_registrations(request):
    return EventPage.objects.filter(registrations__isnull=False).distinct().order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    event = IdChoiceFilter(label=_("event"), queryset=_events_with_registrations)
    status = django_filters.ChoiceFilter(label=_("status"), choices=RegistrationStatus.choices)

    class Meta:
        model = EventRegistration
        fields = ["event", "status"]


class RegistrationViewSet(ModelViewSet):
    """Participants of every event: filter by event, export to CSV or Excel."""

    model = EventRegistration
    name = "participants"
    url_prefix = "news/participants"
    icon = "group"
    menu_label = _("Participants")
    queryset = EventRegistration.objects.select_related("user", "user__member_profile", "event")
    filterset_class = RegistrationFilterSet
    list_display = ["full_name", "email", "event", "status", "created_at"]
    list_export = ["full_name", "email", "event", "event_start", "status", "created_at"]
    export_filename = "event-participants"
    search_fields = ["user__username", "user__email", "user__first_name", "user__last_name"]
    form_fields = ["status"]
    copy_view_enabled = False


class SubscriptionViewSet(ModelViewSet):
    """The mailing list: who confirmed, in which language; exportable for AMUCA's mailings."""

    model = Subscription
    name = "mailing_list"
    url_prefix = "news/mailing-list"
    icon = "mail"
    menu_label = _("Mailing list")
    list_display = ["email", "language", "status", "confirmed_at"]
    list_filter = ["status", "language"]
    list_export = ["email", "language", "status", "created_at", "confirmed_at"]
    export_filename = "mailing-list"
    search_fields = ["email"]
    form_fields = ["language"]
    copy_view_enabled = False


class NewsViewSetGroup(ViewSetGroup):
    menu_label = _("Events and mailing list")
    menu_icon = "date"
    items = (RegistrationViewSet, SubscriptionViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return NewsViewSetGroup()


@hooks.register("register_admin_viewset")
def register_newsletter():
    return NewsletterViewSet()


@hooks.register("register_home_page_head")
def home_page_feed_links():
    """The news feeds' <link rel="alternate"> on the home page (home/models.py)."""
    return "news/home_head.html"


@hooks.register("register_home_page_section")
def home_page_events_and_news():
    """The next three events and the latest three news items on the home page."""
    return "news/home_sections.html"


@hooks.register("register_member_dashboard_panel", order=40)
def upcoming_events_panel(request):
    """'Your upcoming events' on the member dashboard: one query for her registrations; the
    events' pages in her language come from the shared cache (the same for everyone)."""
    user = request.user
    if not user.is_authenticated:
        return None
    registrations = list(
        user.event_registrations.filter(event__end__gt=timezone.now())
        .select_related("event")
        .order_by("event__start")
    )
    if registrations:
        keys = {r.event.translation_key for r in registrations}
        locale = active_locale()
        local = shared_cached(
            "events-by-key",
            [locale.pk, keys_digest(keys)],
            lambda: {
                page.translation_key: page
                for page in EventPage.objects.live().filter(translation_key__in=keys, locale=locale)
            },
        )
        for registration in registrations:
            registration.local_event = local.get(registration.event.translation_key)
    return render_to_string(
        "news/panels/upcoming_events.html", {"registrations": registrations}, request=request
    )


@hooks.register("register_member_data_export")
def export_member_data(user):
    registrations = [
        {
            "event": r.event.title,
            "start": r.event.start.isoformat(),
            "status": r.status,
            "registered_at": r.created_at.isoformat(),
        }
        for r in user.event_registrations.select_related("event").order_by("created_at")
    ]
    subscription = None
    if user.email:
        found = Subscription.objects.filter(email__iexact=user.email).first()
        if found:
            subscription = {
                "email": found.email,
                "language": found.language,
                "confirmed": found.status == SubscriptionStatus.CONFIRMED,
                "created_at": found.created_at.isoformat(),
            }
    return "events_and_mailing_list", {
        "event_registrations": registrations,
        "mailing_list_subscription": subscription,
        "newsletters_sent_to_her": newsletters_sent_to(user.email),
    }


def newsletters_sent_to(email):
    """The issues addressed to her email: the outbox's record of what the Club sent her."""
    if not email:
        return []
    sent = newsletter.messages_to(email).order_by("pk")
    return [
        {
            "subject": message.subject,
            "status": message.status,
            "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        }
        for message in sent
    ]


@hooks.register("register_member_data_erasure")
def erase_member_data(user):
    """Registrations go with the account (FK cascade); the subscription is keyed by email."""
    if user.email:
        Subscription.objects.filter(email__iexact=user.email).delete()
        newsletter.messages_to(user.email).delete()


# `manage.py send_reminders`: the event reminder, and resuming an interrupted newsletter.
hooks.register("register_reminder", event_reminders)
hooks.register("register_scheduled_job", resume_interrupted_newsletters)

# `manage.py seed_demo`: news and events.
hooks.register("register_demo_seeder", demo.seed, order=50)


@hooks.register(SEARCH_KIND_HOOK)
def news_in_search():
    return SearchKind(
        "news",
        pgettext_lazy("search results", "News"),
        NewsPage,
        order=40,
        summary_field="intro",
        date_field="date",
    )


@hooks.register(SEARCH_KIND_HOOK)
def events_in_search():
    return SearchKind(
        "events", _("Events"), EventPage, order=50, summary_field="intro", date_field="start"
    )
