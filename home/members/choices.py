"""Choices shared by members, progress reports and the library."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Oblast(models.TextChoices):
    JALAL_ABAD = "jalal-abad", _("Jalal-Abad oblast")
    ISSYK_KUL = "issyk-kul", _("Issyk-Kul oblast")
    NARYN = "naryn", _("Naryn oblast")
    OSH = "osh", _("Osh oblast")
    OTHER = "other", _("Other")


class ClubRole(models.TextChoices):
    DEPUTY = "deputy", _("Deputy of a local kenesh")
    CANDIDATE = "candidate", _("Candidate for deputy")
    ACTIVIST = "activist", _("Community activist")
