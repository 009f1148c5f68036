"""StreamField blocks of a lesson: reading, media, and "learning in action" exercises."""

from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home import blocks as home_blocks
from home.blocks import TEXT_FEATURES, TranslatedPreview

from .check_display import LessonChecks
from .checks import read_check
from .packages.blocks import PackageBlock
from .stakeholders import Degree, Level, StakeholderType


def subpage_url(parent_context, name):
    """The lesson's `name` route (reflection/, check/) on a live lesson, else ''."""
    page = (parent_context or {}).get("page")
    if page is None or not getattr(page, "pk", None) or not hasattr(page, "reverse_subpage"):
        return ""
    try:  # (asking get_subpage_urls() first walked the page class's whole MRO each time)
        route = page.reverse_subpage(name)
    except NoReverseMatch:
        return ""
    url = page.get_url((parent_context or {}).get("request"))
    return url + route if url else ""


def reflection_url(parent_context):
    return subpage_url(parent_context, "reflection")


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the lesson.")
        preview_value = TranslatedPreview(_("How the local budget is made"))
        form_classname = "title"


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/text.html"
        label = _("Text")
        description = _("Paragraphs, lists and links.")
        preview_value = TranslatedPreview(
            _("<p>The local kenesh approves the budget of the aiyl aimak…</p>")
        )


class ImageBlock(home_blocks.ImageBlock):
    class Meta:
        css_class = "lesson-figure"


class VideoBlock(home_blocks.VideoBlock):
    class Meta:
        css_class = "lesson-video"


class DocumentBlock(home_blocks.DocumentBlock):
    """The shared download block, plus a short description of the handout."""

    description = blocks.TextBlock(required=False, label=_("Description"))


class QuoteBlock(home_blocks.QuoteBlock):
    # Lessons store the quotation under "text".
    quote = None
    text = blocks.TextBlock(label=_("Quote"))

    class Meta:
        description = _("A quotation from a deputy, a law or a speaker.")
        preview_value = TranslatedPreview(
            {
                "text": _("Women often do not know how to defend their position."),
                "attribution": home_blocks.CONCEPT_ATTRIBUTION,
            }
        )
        form_layout = ["text", "attribution"]
        quote_field = "text"
        css_class = "lesson-quote"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("note", _("Note")), ("warning", _("Watch out"))],
        default="tip",
        label=_("Kind"),
    )
    title = blocks.CharBlock(max_length=120, required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("Text"))

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        label = _("Callout / tip")
        description = _("A highlighted tip, note or warning.")
        preview_value = TranslatedPreview(
            {
                "kind": "tip",
                "title": _("Tip"),
                "text": _("<p>Ask the finance department for the draft budget early.</p>"),
            }
        )


class PracticalTaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    instructions = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"], label=_("Instructions")
    )
    before_next_session = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Do before the next session"),
        help_text=_("Shows “Do this before the next session” to the member."),
    )

    class Meta:
        icon = "tasks"
        template = "courses/blocks/practical_task.html"
        label = _("Practical task")
        description = _("Learning in action: a real task the member does in her municipality.")
        preview_value = TranslatedPreview(
            {
                "title": _("Read your municipality's budget"),
                "instructions": _("<ol><li>Ask for the approved budget.</li></ol>"),
                "before_next_session": True,
            }
        )


class ReflectionPromptBlock(blocks.StructBlock):
    """The questions a member answers after the task; the reflections app stores answers."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["reflection_url"] = reflection_url(parent_context)
        return context

    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    questions = blocks.ListBlock(
        blocks.TextBlock(label=_("Question")), min_num=1, max_num=10, label=_("Questions")
    )

    class Meta:
        icon = "comment"
        template = "courses/blocks/reflection_prompt.html"
        label = _("Reflection prompt")
        description = _("Questions the member answers after the task; her mentor reads them.")
        preview_value = TranslatedPreview(
            {
                "intro": _("Think about the task you did."),
                "questions": [_("What went well?"), _("What would you do differently?")],
            }
        )


class StakeholderBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160, label=_("Stakeholder"))
    level = blocks.ChoiceBlock(choices=Level.choices, label=_("Level"))
    kind = blocks.ChoiceBlock(choices=StakeholderType.choices, label=_("Kind"))
    interests = blocks.TextBlock(label=_("Interests"))
    influence = blocks.ChoiceBlock(choices=Degree.choices, label=_("Influence"))
    cooperation = blocks.TextBlock(label=_("Possible cooperation"))

    class Meta:
        label = _("Stakeholder")


class StakeholderMapBlock(blocks.StructBlock):
    """The stakeholder-mapping exercise; members fill in their own map via reflection/."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["reflection_url"] = reflection_url(parent_context)
        levels, kinds, influence = (
            dict(Level.choices),
            dict(StakeholderType.choices),
            dict(Degree.choices),
        )
        context["rows"] = [
            {
                "name": row["name"],
                "level": levels.get(row["level"], ""),
                "kind": kinds.get(row["kind"], ""),
                "interests": row["interests"],
                "influence": influence.get(row["influence"], ""),
                "cooperation": row["cooperation"],
            }
            for row in value["example_stakeholders"]
        ]
        return context

    instructions = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"], label=_("Instructions")
    )
    example_stakeholders = blocks.ListBlock(
        StakeholderBlock(), min_num=0, max_num=12, label=_("Example stakeholders")
    )

    class Meta:
        icon = "group"
        template = "courses/blocks/stakeholder_map.html"
        label = _("Stakeholder map")
        description = _(
            "Members list stakeholders at national and local level with their interests, "
            "influence and possible cooperation."
        )
        preview_value = TranslatedPreview(
            {
                "instructions": _("<p>List the stakeholders of your initiative.</p>"),
                "example_stakeholders": [
                    {
                        "name": _("Local kenesh"),
                        "level": "local",
                        "kind": "state",
                        "interests": _("A budget that passes"),
                        "influence": "high",
                        "cooperation": _("Joint hearings"),
                    }
                ],
            }
        )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("Right answer"))
    feedback = blocks.TextBlock(
        required=False,
        label=_("Feedback"),
        help_text=_("Shown when she chooses this answer: why it is right or not."),
    )

    class Meta:
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    kind = blocks.ChoiceBlock(
        choices=[
            ("single", _("One right answer")),
            ("multiple", _("Several answers may be right")),
        ],
        default="single",
        label=_("Kind"),
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=8, label=_("Answers"))
    explanation = blocks.TextBlock(
        required=False,
        label=_("Explanation"),
        help_text=_("Shown once she has answered the question right."),
    )

    class Meta:
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for option in value["options"] if option["correct"])
        if right == 0:
            message = _("Tick at least one right answer.")
        elif right > 1 and value["kind"] == "single":
            message = _("A question with one right answer can have only one ticked answer.")
        else:
            return value
        raise StructBlockValidationError(non_block_errors=[ValidationError(message)])


class KnowledgeCheckBlock(blocks.StructBlock):
    """Questions checked on the server; the lesson's settings say whether passing is needed."""

    title = blocks.CharBlock(max_length=160, label=_("Title"))
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, max_num=20, label=_("Questions"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        parent = parent_context or {}
        block_id = parent.get("block_id")
        checks = parent.get("knowledge_checks")
        display = checks.display(str(block_id)) if checks is not None and block_id else None
        if display is None:  # a preview, or the block shown outside its lesson
            check = read_check(block_id or "preview", value)
            display = LessonChecks(checks=[check], pass_mark=100, required=False).display(check.id)
        context.update(display)
        context["action"] = subpage_url(parent, "check_answers")
        # A visitor's check is graded, never stored (home.middleware.csrf_exempt_for_visitors):
        # no token, so no CSRF cookie and her lesson page stays in the page cache.
        user = getattr(parent.get("request"), "user", None)
        context["csrf_needed"] = user is None or user.is_authenticated
        return context

    class Meta:
        icon = "tick-inverse"
        template = "courses/blocks/knowledge_check.html"
        label = _("Knowledge check")
        description = _(
            "Questions with one or several right answers and feedback for each answer, "
            "checked when she sends them; she may try again."
        )
        preview_value = TranslatedPreview(
            {
                "title": _("Check your understanding"),
                "intro": "",
                "questions": [
                    {
                        "text": _("Who approves the local budget?"),
                        "kind": "single",
                        "options": [
                            {"text": _("The local kenesh"), "correct": True, "feedback": ""},
                            {
                                "text": _("The head of the aiyl okmotu"),
                                "correct": False,
                                "feedback": "",
                            },
                        ],
                        "explanation": _("The kenesh approves it at a session."),
                    }
                ],
            }
        )


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    practical_task = PracticalTaskBlock()
    reflection_prompt = ReflectionPromptBlock()
    stakeholder_map = StakeholderMapBlock()
    knowledge_check = KnowledgeCheckBlock()
    package = PackageBlock()
