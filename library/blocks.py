"""StreamField blocks of a library item: the description of a practice and its resources."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home import blocks as home_blocks
from home.blocks import TEXT_FEATURES, TranslatedPreview


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "library/blocks/section.html"
        label = _("Section")
        description = _("An optional heading followed by paragraphs, lists and links.")
        preview_value = TranslatedPreview(
            {
                "heading": _("How the hearing was organised"),
                "text": _("<p>The aiyl okmotu invited residents of every village…</p>"),
            }
        )


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "library/blocks/steps.html"
        label = _("Steps")
        description = _("A numbered list of the steps of a method, to repeat it elsewhere.")
        preview_value = TranslatedPreview(
            {
                "heading": _("Steps"),
                "steps": [
                    _("Map the groups of residents"),
                    _("Invite them"),
                    _("Hold the hearing"),
                ],
            }
        )


class QuoteBlock(home_blocks.QuoteBlock):
    class Meta:
        description = _("The words of a deputy or a resident about the practice.")
        preview_value = TranslatedPreview(
            {
                "quote": _("Example: now the women of our village come to the hearings."),
                "attribution": _("A deputy of a local kenesh (an example)"),
            }
        )
        css_class = "library-quote"


class LibraryBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    steps = StepsBlock()
    quote = QuoteBlock()
    image = home_blocks.ImageBlock()
    video = home_blocks.VideoBlock()


class DocumentResourceBlock(home_blocks.DocumentBlock):
    """The shared download block, shown as an item of the resources list."""

    class Meta:
        icon = "doc-full-inverse"
        template = "library/blocks/document.html"
        label = _("Document")
        description = _("A file to download: a toolkit, a report, a presentation.")
        help_text = _(
            "Put documents for members only in the “Members only” collection: "
            "visitors who are not signed in cannot download them."
        )


class LinkResourceBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(max_length=200, label=_("Title"))

    class Meta:
        icon = "link"
        template = "library/blocks/link.html"
        label = _("External link")
        description = _("A page on another site: the best-practice portal, a video, a law.")
        preview_value = TranslatedPreview(
            {
                "url": "https://www.myktyaimak.gov.kg/",
                "title": _("Best-practice portal of local self-government"),
            }
        )


class ResourcesBlock(blocks.StreamBlock):
    document = DocumentResourceBlock()
    link = LinkResourceBlock()
