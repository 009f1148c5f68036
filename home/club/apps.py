from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClubConfig(AppConfig):
    name = "home.club"
    label = "club"
    verbose_name = _("Club space")

    def ready(self):
        # Wagtail wants custom permission policies registered before any admin code asks.
        from wagtail.permissions import register_permission_policy

        from . import club_generation, names
        from .moderation import MODERATION_POLICIES

        names.connect()
        club_generation.connect()

        for model, policy in MODERATION_POLICIES:
            register_permission_policy(model, policy)
