"""iCalendar files: one event's .ics download and each language's subscription feed."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

BISHKEK = ZoneInfo(settings.TIME_ZONE)


def event_component(page, request):
    event = Event()
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}@club.amuca.kg")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(page.start, BISHKEK))
    event.add("dtend", timezone.localtime(page.end, BISHKEK))
    event.add("summary", page.title)
    description = [strip_tags(page.intro)] if page.intro else []
    if page.moderator:
        description.append(_("Moderator: %(name)s") % {"name": page.moderator})
    url = page.get_full_url(request)
    if url:
        description.append(url)
        event.add("url", url)
    event.add("description", "\n\n".join(description))
    location = ", ".join(part for part in (page.venue, page.address) if part)
    if not location and page.is_online:
        location = _("Online")
    if location:
        event.add("location", location)
    event.add("last-modified", page.last_published_at or timezone.now())
    return event


def build_calendar(pages, request):
    calendar = Calendar()
    calendar.add("prodid", "-//AMUCA//Club of Women Deputies//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Club of Women Deputies: events"))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for page in pages:
        calendar.add_component(event_component(page, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, pages, filename):
    response = HttpResponse(
        build_calendar(pages, request).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
