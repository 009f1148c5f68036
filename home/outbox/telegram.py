"""Posts to the Club's Telegram group through the Bot API's sendMessage, via the outbox.

The bot token comes from the environment only (CLUB_TELEGRAM_BOT_TOKEN, never stored in the
database nor shown in the admin); the chat id from Club settings, else the environment. The
API base URL is a setting (CLUB_TELEGRAM_API_URL) so tests point it at a local server.
"""

import contextlib
import contextvars
import json
import urllib.error
import urllib.request

from django.conf import settings

from home.models import ClubSettings

from .delivery import PermanentError, sender
from .models import Message
from .tasks import queue_once


def chat_id_for(site=None):
    club = ClubSettings.for_site(site) if site is not None else None
    return (getattr(club, "telegram_chat_id", "") or settings.CLUB_TELEGRAM_CHAT_ID).strip()


_quiet = contextvars.ContextVar("telegram_quiet", default=False)


@contextlib.contextmanager
def quiet():
    """Nothing published inside is announced (the demo content is no news to the group)."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def post_once(key, text, site=None):
    """Post `text` to the Club's group unless a post with `key` was already made or queued.

    Returns the outbox row, or None when Telegram is not configured. Never raises for a
    network problem: sending happens in a task, retried with backoff.
    """
    if not settings.CLUB_TELEGRAM_BOT_TOKEN or _quiet.get():
        return None
    chat_id = chat_id_for(site)
    if not chat_id:
        return None
    return queue_once(
        key,
        channel=Message.Channel.TELEGRAM,
        recipient=chat_id,
        subject=text[:255],
        body=text,
        payload={"chat_id": chat_id},
    )


@sender(Message.Channel.TELEGRAM)
def send_message(row):
    token = settings.CLUB_TELEGRAM_BOT_TOKEN
    if not token:
        raise RuntimeError("CLUB_TELEGRAM_BOT_TOKEN is not set")
    url = f"{settings.CLUB_TELEGRAM_API_URL.rstrip('/')}/bot{token}/sendMessage"
    data = json.dumps({"chat_id": row.payload["chat_id"], "text": row.body}).encode()
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.CLUB_TELEGRAM_TIMEOUT) as response:
            answer = json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        # 4xx other than 429 (too many requests): a wrong token or chat id; retrying won't help.
        if 400 <= error.code < 500 and error.code != 429:
            raise PermanentError(f"Telegram answered {error.code}") from None
        raise
    if not answer.get("ok"):
        raise RuntimeError(f"Telegram did not accept the message: {answer.get('description')}")
