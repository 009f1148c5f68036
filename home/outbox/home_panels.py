"""The editor's outbox panel on the admin home: outgoing messages that failed for good."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from home.admin_home import WaitingPanel, count_line
from home.permissions import may

from .models import Message


def outbox_panel(user):
    if not may(user, "outbox.view_message"):
        return None
    failed = Message.objects.filter(status=Message.Status.FAILED)
    line = count_line(
        failed,
        "created_at",
        ngettext_lazy(
            "%(count)s outgoing message failed; the first was written %(since)s ago.",
            "%(count)s outgoing messages failed; the first was written %(since)s ago.",
            "count",
        ),
        _("No outgoing message failed."),
        reverse("outbox:index") + "?status=failed",
        _("Open the failed messages"),
    )
    return WaitingPanel("club_outbox_failed", _("Outgoing messages"), [line], order=80)
