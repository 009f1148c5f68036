"""StreamField blocks of the home page: sections of plain explanatory content."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    """A titled section of rich text: what the Club is, who it is for, why it exists."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "home/blocks/section.html"
        label = _("Section")
        description = _("A heading followed by a few paragraphs or a list.")
        preview_value = {"heading": "Who the Club is for", "text": "<p>Women deputies…</p>"}


class CardBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    link = blocks.PageChooserBlock(required=False, label=_("Link to a page"))


class CardGridBlock(blocks.StructBlock):
    """Short cards side by side on wide screens, stacked on phones: tracks, ways of working."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    cards = blocks.ListBlock(CardBlock(), min_num=1, max_num=6, label=_("Cards"))

    class Meta:
        icon = "table"
        template = "home/blocks/card_grid.html"
        label = _("Cards")
        description = _("Up to six short cards, such as the three learning tracks.")
        preview_value = {
            "heading": "Learning tracks",
            "cards": [{"title": "Soft skills", "text": "Public speaking, negotiation…"}],
        }


class HomeStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    cards = CardGridBlock()
