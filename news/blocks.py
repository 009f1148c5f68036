"""StreamField blocks of news items: text, pictures, quotes and links."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from home import blocks as home_blocks
from home.blocks import TranslatedPreview


class ParagraphBlock(blocks.RichTextBlock):
    """Plain text with headings, lists and links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h2", "h3", "bold", "italic", "link", "ul", "ol"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "news/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Text with headings, lists and links.")
        preview_value = TranslatedPreview(
            _("<p>Example: the Club met online to discuss the local budget.</p>")
        )


class FigureBlock(blocks.StructBlock):
    """A picture with a caption; the alternative text comes from the image block."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "news/blocks/figure.html"
        label = _("Picture")
        description = _("A photo or a slide, with an optional caption.")
        preview_value = TranslatedPreview({"caption": _("Group work on the Club's stakeholders")})


class QuoteBlock(home_blocks.QuoteBlock):
    """Words of a member or a speaker, with her name (stored as "author")."""

    attribution = None
    author = blocks.CharBlock(required=False, max_length=150, label=_("Author"))

    class Meta:
        preview_value = TranslatedPreview(
            {"quote": home_blocks.CONCEPT_QUOTE, "author": home_blocks.CONCEPT_ATTRIBUTION}
        )
        attribution_field = "author"
        css_class = "news-quote"


class LinkBlock(blocks.StructBlock):
    """A button leading to a page of the site or to another address."""

    text = blocks.CharBlock(max_length=80, label=_("Button text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Address"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": blocks.BlockValidationError(_("Choose a page or an address."))}
            )
        return value

    class Meta:
        icon = "link"
        template = "news/blocks/link.html"
        label = _("Button")
        description = _("A button that leads to a page or an address.")
        preview_value = TranslatedPreview(
            {
                "text": _("Best-practice portal of local self-government"),
                "url": "https://www.myktyaimak.gov.kg/",
            }
        )


class NewsStreamBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    link = LinkBlock()
