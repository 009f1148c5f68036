from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from .certificate_pdf import check_fonts

        checks.register(check_fonts)
