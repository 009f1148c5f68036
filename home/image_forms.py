"""The admin's image form (settings WAGTAILIMAGES_IMAGE_FORM_BASE): a broken file is a form error,
and a drawing (SVG) is stored only once its scripts are gone.

Wagtail's image field reads the whole image with Pillow while checking its pixel size; a file
cut off after its header ("image file is truncated", "Truncated File Read") or otherwise
corrupt raised from there and the upload, single or multiple, ended in a server error.

An SVG is a document that can carry `<script>`, event handlers and `javascript:` links; opened
on its own (a rendition's URL under /media/images/, served by nginx or an S3 bucket without the
site's CSP) it would run them on the site's origin. py-svg-hush (svg-hush, the filter Cloudflare
runs on user SVGs) keeps the drawing and drops everything that runs or loads from elsewhere, so
whatever serves the file afterwards serves a safe one.
"""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from py_svg_hush import filter_svg
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def sanitised_svg(content):
    """`content` (bytes of an SVG) without scripts, event handlers, external links or data:
    URLs other than pictures. ValueError when it is no readable SVG."""
    return filter_svg(content, {"image": ["png", "jpeg", "gif", "webp"]})


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, where any error of the image library reading the file means
    "not a valid image" (Pillow raises OSError, SyntaxError, ValueError, EOFError and more),
    and where an SVG is replaced by its sanitised copy before anything stores it."""

    def to_python(self, data):
        upload = self._read(data)
        if upload is None or upload.image.format_name != "svg":
            return upload
        upload.seek(0)
        try:
            clean = sanitised_svg(upload.read())
        except ValueError as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
        return self._read(SimpleUploadedFile(upload.name, clean, content_type="image/svg+xml"))

    def _read(self, data):
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
