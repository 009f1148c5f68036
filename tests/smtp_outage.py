"""An SMTP outage for tests: a closed port on 127.0.0.1, then a server that works again."""

import socket

from django.core import mail

from home.outbox import delivery
from home.outbox.models import Message


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpOutage:
    def __init__(self, settings):
        self.settings = settings
        settings.CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = closed_port()
        settings.EMAIL_TIMEOUT = 2
        settings.EMAIL_USE_TLS = False
        # A failed attempt is due again at once, so the sweep below needs no waiting.
        settings.CLUB_OUTBOX_RETRY_DELAY = 0

    @staticmethod
    def waiting():
        return Message.objects.filter(channel=Message.Channel.EMAIL, status=Message.Status.PENDING)

    def back(self):
        """SMTP works again: sweep, and return what left (each message once)."""
        self.settings.CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        mail.outbox = []
        delivery.deliver_due()
        sent = list(mail.outbox)
        delivery.deliver_due()  # a second sweep sends nothing more
        assert len(mail.outbox) == len(sent)
        assert not self.waiting().exists()
        return sent
