"""The library's kinds and tags: plain models the pages, listing and feed all read.

A tag has its name in each language and one slug shared by all of them.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, HelpPanel


class Kind(models.TextChoices):
    PRACTICE = "practice", _("Practice")
    CASE_STUDY = "case-study", _("Case study")
    METHOD = "method", _("Method")
    TOOLKIT = "toolkit", _("Toolkit")
    VIDEO = "video", _("Video")
    REPORT = "report", _("Report")


class LibraryTag(TagBase):
    """A library tag with its name in each language; the slug is shared by all of them.

    Editors add tags while editing an item (the typed text becomes the tag's main name)
    and translate them once in Snippets → Library tags.
    """

    name_ky = models.CharField(_("name in Kyrgyz"), max_length=100, blank=True)
    name_ru = models.CharField(_("name in Russian"), max_length=100, blank=True)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)

    panels = [
        HelpPanel(
            content=_(
                "The main name is what editors type on an item. Visitors see the name in the "
                "language of the page, or the main name when that translation is empty."
            )
        ),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("name_ky"),
        FieldPanel("name_ru"),
        FieldPanel("name_en"),
    ]

    class Meta:
        verbose_name = _("library tag")
        verbose_name_plural = _("library tags")
        ordering = ["name"]

    def label_in(self, language_code):
        return getattr(self, f"name_{language_code}", "") or self.name

    @property
    def label(self):
        """The name in the active language (the page's language when a page is served)."""
        return self.label_in(get_language())


class LibraryItemTag(TaggedItemBase):
    content_object = ParentalKey(
        "library.LibraryItemPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(
        LibraryTag, on_delete=models.CASCADE, related_name="tagged_library_items"
    )
