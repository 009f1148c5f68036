"""The stakeholder-mapping vocabulary, shared by the lesson block and members' own maps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    NATIONAL = "national", _("National")
    LOCAL = "local", _("Local")


class StakeholderType(models.TextChoices):
    STATE_BODY = "state", _("State body")
    INTERNATIONAL = "international", _("International organisation")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    INFORMAL_GROUP = "informal", _("Informal group")


class Degree(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
