"""The lesson block that plays a package from the library."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

PACKAGE_BLOCK = "package"


class PackageBlock(blocks.StructBlock):
    package = SnippetChooserBlock("packages.LearningPackage", label=_("Package"))
    height = blocks.IntegerBlock(
        label=_("Height (pixels)"),
        default=620,
        min_value=300,
        max_value=1400,
        help_text=_("How tall the player is on a wide screen."),
    )

    class Meta:
        icon = "media"
        label = _("SCORM or H5P package")
        description = _(
            "Plays a package from Packages. When she finishes it (completed or passed), the "
            "lesson is marked complete and her score is kept."
        )
        template = "packages/blocks/package.html"


def package_ids(lesson):
    """The ids of the packages placed in `lesson` (read from its stored body, no query)."""
    return {
        raw["value"].get("package")
        for raw in lesson.body.raw_data
        if raw["type"] == PACKAGE_BLOCK and isinstance(raw.get("value"), dict)
    }
