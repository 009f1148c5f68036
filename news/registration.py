"""Registering members for events: idempotent, capacity-safe, with a waiting list.

Every translation of an event shares one set of registrations, held by the event's first
page (`EventPage.registration_event`). The capacity count runs under a lock on that page's
row (`select_for_update` on PostgreSQL; SQLite's IMMEDIATE transactions serialise writers).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models.records import EventRegistration, RegistrationStatus


class RegistrationError(Exception):
    """A member's request that cannot be carried out; the message is shown to her."""


def _lock(event):
    # Only the page row: one lock per event, whichever translation the member used.
    list(Page.objects.select_for_update().filter(pk=event.pk).values_list("pk", flat=True))


def register(user, page):
    """Register `user` for the event of `page`. Returns (registration, created)."""
    event = page.registration_event
    if event.start <= timezone.now():
        raise RegistrationError(_("Registration is closed: this event has already started."))
    if not event.registration_open:
        raise RegistrationError(_("Registration for this event is closed."))
    try:
        with transaction.atomic():
            _lock(event)
            existing = EventRegistration.objects.filter(user=user, event=event).first()
            if existing is not None:
                return existing, False
            status = RegistrationStatus.CONFIRMED
            if event.capacity is not None:
                taken = EventRegistration.objects.filter(
                    event=event, status=RegistrationStatus.CONFIRMED
                ).count()
                if taken >= event.capacity:
                    status = RegistrationStatus.WAITING
            return EventRegistration.objects.create(user=user, event=event, status=status), True
    except IntegrityError:
        # A second request of the same member won the race: hers is the registration.
        return EventRegistration.objects.get(user=user, event=event), False


def cancel(user, page):
    """Cancel `user`'s registration. Returns (cancelled, promoted registration or None)."""
    event = page.registration_event
    if event.start <= timezone.now():
        raise RegistrationError(_("This event has already started; the registration stays."))
    with transaction.atomic():
        _lock(event)
        registration = EventRegistration.objects.filter(user=user, event=event).first()
        if registration is None:
            return False, None
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.delete()
        promoted = None
        if was_confirmed:
            promoted = promote_from_waiting_list(event)
    return True, promoted


def promote_from_waiting_list(event):
    """Give a free place to the first member on the waiting list (call under the lock)."""
    if event.capacity is not None:
        taken = EventRegistration.objects.filter(
            event=event, status=RegistrationStatus.CONFIRMED
        ).count()
        if taken >= event.capacity:
            return None
    first = (
        EventRegistration.objects.filter(event=event, status=RegistrationStatus.WAITING)
        .select_related("user")
        .order_by("created_at", "pk")
        .first()
    )
    if first is not None:
        first.status = RegistrationStatus.CONFIRMED
        first.save(update_fields=["status"])
    return first


def registration_state(page, user):
    """What the event page shows about registration to this visitor."""
    event = page.registration_event
    confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    mine = None
    if user.is_authenticated:
        mine = event.registrations.filter(user=user).first()
    places_left = None
    if event.capacity is not None:
        places_left = max(event.capacity - confirmed, 0)
    return {
        "open": event.registration_open and event.start > timezone.now(),
        "mine": mine,
        "places_left": places_left,
        "capacity": event.capacity,
    }
