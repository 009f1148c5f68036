from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    label = "library"
    verbose_name = _("Innovations library")

    def ready(self):
        from . import indexing

        indexing.connect()
