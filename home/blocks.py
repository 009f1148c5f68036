"""StreamField blocks: the home page sections and the generic content blocks of every app."""

from urllib.parse import urlsplit

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

#: The concept's own words (2022), the only quotation block previews show.
CONCEPT_QUOTE = _(
    "Women deputies have no allies to support their initiatives and proposed solutions."
)
CONCEPT_ATTRIBUTION = _("Concept of the Club of Women Deputies of Local Keneshes, 2022")


def _as_text(value):
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_as_text(item) for item in value]
    return value


class TranslatedPreview:
    """A block's preview value in the editor's language.

    Wagtail calls a callable ``preview_value`` when it draws the preview; the lazy strings in
    it become text then, so rich text and lists get plain ``str`` as they expect."""

    def __init__(self, value):
        self.value = value

    def __call__(self):
        return _as_text(self.value)


class SectionBlock(blocks.StructBlock):
    """A titled section of rich text: what the Club is, who it is for, why it exists."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "home/blocks/section.html"
        label = _("Section")
        description = _("A heading followed by a few paragraphs or a list.")
        preview_value = TranslatedPreview(
            {"heading": _("Who the Club is for"), "text": _("<p>Women deputies…</p>")}
        )


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
        preview_value = TranslatedPreview(
            {
                "heading": _("Learning tracks"),
                "cards": [{"title": _("Soft skills"), "text": _("Public speaking, negotiation…")}],
            }
        )


class HomeStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    cards = CardGridBlock()


# --- Generic content blocks, shared by lessons, library items and news -------------------
# Each app's stream uses these under the same names ("image", "video", "quote", "document");
# an app that needs another look or text subclasses them and overrides Meta only.

TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ul", "ol", "document-link"]


class StyledBlockMixin:
    """Passes ``Meta.css_class`` to the shared template, so apps can keep their own look."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["css_class"] = getattr(self.meta, "css_class", "")
        return context


#: The widths an image block is sent in (srcset): a phone takes the small one.
IMAGE_RENDITIONS = ("width-480", "width-960")


def image_renditions(image):
    """The renditions of an image block, smallest first (made on first use).

    A drawing (SVG) is sent as it is: it is small and sharp at every width."""
    specs = ("original",) if image.is_svg() else IMAGE_RENDITIONS
    by_width = {r.width: r for r in image.get_renditions(*specs).values()}
    return [by_width[width] for width in sorted(by_width)]


class ImageBlock(StyledBlockMixin, blocks.StructBlock):
    """An image chosen from the library, with its own alternative text and a caption.

    Sent as a srcset of IMAGE_RENDITIONS with its width and height, loaded lazily."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        label=_("Alternative text"),
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(max_length=250, required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        label = _("Image with caption")
        description = _("A photo, chart or slide, with a caption.")
        preview_value = TranslatedPreview(
            {"alt_text": "", "caption": _("Club members at a training session")}
        )
        css_class = "section"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["renditions"] = image_renditions(value["image"]) if value.get("image") else []
        return context


class VideoBlock(StyledBlockMixin, blocks.StructBlock):
    """A video shown as a poster and a link to its host: no player, no autoplay, no request to
    the host before she chooses to watch (data saver)."""

    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(max_length=250, required=False, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "home/blocks/video.html"
        label = _("Video")
        description = _("A recorded session or a short explainer video.")
        preview_value = TranslatedPreview({"caption": _("A recorded session of the Club")})
        css_class = "section"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        url = value.get("video").url if value.get("video") else ""
        context["video_host"] = (urlsplit(url).hostname or "").removeprefix("www.")
        return context


class QuoteBlock(StyledBlockMixin, blocks.StructBlock):
    """A quotation and who said it.

    Apps whose stored data names the two parts differently shadow the child blocks
    (``quote = None``) and point ``Meta.quote_field`` / ``Meta.attribution_field`` at theirs.
    """

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(max_length=200, required=False, label=_("Who said it"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["quote_text"] = value.get(self.meta.quote_field)
        context["quote_attribution"] = value.get(self.meta.attribution_field)
        return context

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        label = _("Quote")
        description = _("A quotation and the name of the person who said it.")
        # Word for word from the Club's concept (2022); previews quote nothing else.
        preview_value = TranslatedPreview(
            {"quote": CONCEPT_QUOTE, "attribution": CONCEPT_ATTRIBUTION}
        )
        quote_field = "quote"
        attribution_field = "attribution"
        css_class = ""


class DocumentBlock(blocks.StructBlock):
    """A file to download from the document library."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        max_length=200, required=False, label=_("Title"), help_text=_("Defaults to the file title.")
    )

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document.html"
        label = _("Document download")
        description = _("A handout, template or presentation to download.")
        preview_value = TranslatedPreview({"title": _("Budget hearing checklist")})
