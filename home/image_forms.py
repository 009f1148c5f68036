"""The admin's image form (settings WAGTAILIMAGES_IMAGE_FORM_BASE): a broken file is a form error.

Wagtail's image field reads the whole image with Pillow while checking its pixel size; a file
cut off after its header ("image file is truncated", "Truncated File Read") or otherwise
corrupt raised from there and the upload, single or multiple, ended in a server error.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, where any error of the image library reading the file means
    "not a valid image" (Pillow raises OSError, SyntaxError, ValueError, EOFError and more)."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - whatever Pillow raises, the file is unreadable
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ClubImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (its formfield callback overrides a base form's),
        # and a declared field would ignore the `exclude` of the multiple-upload edit form: give
        # this form's own copy of the field the class that turns read errors into form errors.
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            field.__class__ = ReadableImageField
