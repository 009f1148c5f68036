from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    label = "news"
    verbose_name = _("News and events")

    def ready(self):
        from wagtail.signals import page_published

        from home.pagecache import purge_when_saved

        from . import announce
        from .models.records import EventRegistration

        announce.connect(page_published)
        # Visitors see how many places are left: a registration changes the event page.
        purge_when_saved(EventRegistration)
