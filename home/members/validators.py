"""Validators for members' contact details."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_RE = re.compile(r"^\+996\d{9}$")
TELEGRAM_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")


def normalise_phone(value):
    """Drop spaces, dashes and brackets; a local 0XXX XXX XXX number gains +996."""
    value = re.sub(r"[\s\-()]", "", value or "")
    if value.startswith("00996"):
        value = "+" + value[2:]
    elif value.startswith("996"):
        value = "+" + value
    elif value.startswith("0") and len(value) == 10:
        value = "+996" + value[1:]
    return value


def validate_kyrgyz_phone(value):
    if value and not PHONE_RE.match(normalise_phone(value)):
        raise ValidationError(
            _("Enter a Kyrgyz phone number in the format +996 XXX XXX XXX."), code="invalid_phone"
        )


def normalise_telegram(value):
    value = (value or "").strip()
    return value[1:] if value.startswith("@") else value


def validate_telegram_username(value):
    if value and not TELEGRAM_RE.match(normalise_telegram(value)):
        raise ValidationError(
            _("A Telegram username has 5–32 letters, digits or underscores, e.g. @aigul_k."),
            code="invalid_telegram",
        )
