from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    label = "news"
    verbose_name = _("News and events")

    def ready(self):
        from wagtail.signals import page_published

        from . import announce

        announce.connect(page_published)
