from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "home.outbox"
    label = "outbox"
    verbose_name = _("Outbox")

    def ready(self):
        # Each channel registers its sender when imported.
        from . import mail, telegram, xapi  # noqa: F401
