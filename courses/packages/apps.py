from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PackagesConfig(AppConfig):
    name = "courses.packages"
    label = "packages"
    verbose_name = _("Learning packages")

    def ready(self):
        # A deleted package takes its files with it; learning events become xAPI statements.
        from . import signals, xapi  # noqa: F401
