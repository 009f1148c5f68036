"""StreamField blocks of a library item: the description of a practice and its resources."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ul", "ol", "document-link"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "library/blocks/section.html"
        label = _("Section")
        description = _("An optional heading followed by paragraphs, lists and links.")
        preview_value = {
            "heading": "How the hearing was organised",
            "text": "<p>The aiyl okmotu invited residents of every village…</p>",
        }


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "library/blocks/steps.html"
        label = _("Steps")
        description = _("A numbered list of the steps of a method, to repeat it elsewhere.")
        preview_value = {
            "heading": "Steps",
            "steps": ["Map the groups of residents", "Invite them", "Hold the hearing"],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(max_length=200, required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "library/blocks/quote.html"
        label = _("Quote")
        description = _("The words of a deputy or a resident about the practice.")
        preview_value = {
            "quote": "Now the women of our village come to the hearings.",
            "attribution": "A deputy of a local kenesh",
        }


class ImageBlock(blocks.StructBlock):
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
        template = "library/blocks/image.html"
        label = _("Image with caption")
        description = _("A photo, chart or slide, with a caption.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(max_length=250, required=False, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "library/blocks/video.html"
        label = _("Video")
        description = _("A recorded session or a short explainer video.")


class LibraryBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    steps = StepsBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    video = VideoBlock()


class DocumentResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_(
            "Put documents for members only in the “Members only” collection: "
            "visitors who are not signed in cannot download them."
        ),
    )
    title = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("Title"),
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "library/blocks/document.html"
        label = _("Document")
        description = _("A file to download: a toolkit, a report, a presentation.")


class LinkResourceBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(max_length=200, label=_("Title"))

    class Meta:
        icon = "link"
        template = "library/blocks/link.html"
        label = _("External link")
        description = _("A page on another site: the best-practice portal, a video, a law.")
        preview_value = {"url": "https://amuca.kg/", "title": "AMUCA"}


class ResourcesBlock(blocks.StreamBlock):
    document = DocumentResourceBlock()
    link = LinkResourceBlock()
