"""xAPI 1.0.3 statements to a learning record store (LRS), through the outbox.

Off unless XAPI_LRS_ENDPOINT is set (with XAPI_LRS_KEY and XAPI_LRS_SECRET, Basic auth).
Each statement has its own id and is queued once (its outbox key); it is sent with
`PUT statements?statementId=…`, which the LRS stores once however often it is retried, so
a statement that reached the LRS before a lost answer is not stored twice. Features build
the statements (courses/packages/xapi.py); this module only carries them.
"""

import base64
import json
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings

from .delivery import PermanentError, sender
from .models import Message
from .tasks import queue_once

XAPI_VERSION = "1.0.3"


def lrs_enabled():
    return bool(settings.XAPI_LRS_ENDPOINT)


def statement_key(user_id, statement_id):
    """The outbox key of a member's statement: her erasure finds her waiting ones by it."""
    return f"xapi:{user_id}:{statement_id}"


def queue_statement(user_id, statement):
    """Queue `statement` for the LRS once (None when no LRS is configured)."""
    if not lrs_enabled():
        return None
    return queue_once(
        statement_key(user_id, statement["id"]),
        channel=Message.Channel.XAPI,
        recipient=settings.XAPI_LRS_ENDPOINT,
        subject=statement["verb"]["id"].rsplit("/", 1)[-1][:255],
        payload=statement,
    )


def _hers(user):
    return Message.objects.filter(channel=Message.Channel.XAPI, key__startswith=f"xapi:{user.pk}:")


def export_statements(user):
    """Her statements (sent or waiting), for the account's data download."""
    return "xapi_statements", [
        {
            "statement": row.payload,
            "status": row.status,
            "sent_at": row.sent_at and row.sent_at.isoformat(),
        }
        for row in _hers(user).order_by("created_at", "pk")
    ]


def forget_statements(user):
    """Her erasure: her statements are deleted here, and those not sent yet never leave."""
    _hers(user).delete()


@sender(Message.Channel.XAPI)
def send_statement(row):
    statement = row.payload
    query = urllib.parse.urlencode({"statementId": statement["id"]})
    url = f"{settings.XAPI_LRS_ENDPOINT.rstrip('/')}/statements?{query}"
    secret = f"{settings.XAPI_LRS_KEY}:{settings.XAPI_LRS_SECRET}".encode()
    request = urllib.request.Request(
        url,
        data=json.dumps(statement).encode(),
        method="PUT",
        headers={
            "Content-Type": "application/json",
            "X-Experience-API-Version": XAPI_VERSION,
            "Authorization": "Basic " + base64.b64encode(secret).decode(),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.XAPI_LRS_TIMEOUT):
            return
    except urllib.error.HTTPError as error:
        if error.code == 409:  # the LRS already holds a statement with this id
            return
        if 400 <= error.code < 500 and error.code != 429:
            raise PermanentError(f"The LRS answered {error.code}") from None
        raise
