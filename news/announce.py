"""A newly published news item or event is announced in the Club's Telegram group.

Once per page (and per language copy): the outbox row's key remembers it, so re-publishing
posts nothing. Sending is a task (home/outbox), so a slow or failing Bot API never blocks or
fails the publish.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from home.outbox.telegram import post_once

from .models import EventPage, NewsPage


def announcement(page):
    _site_id, _root, path = page.get_url_parts() or (None, None, "")
    with translation.override(page.locale.language_code):
        kind = _("Event") if isinstance(page, EventPage) else _("News")
        return f"{kind}: {page.title} — {settings.SITE_BASE_URL}{path}"


def announce_published(sender, instance, **kwargs):
    page = instance.specific
    post_once(f"telegram:page:{page.pk}", announcement(page), site=page.get_site())


def connect(signal):
    for model in (NewsPage, EventPage):
        signal.connect(announce_published, sender=model, dispatch_uid=f"announce-{model.__name__}")
