"""The course pages: CourseIndexPage (catalogue) > CoursePage (module) > LessonPage."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.reflections.views import lesson_reflection
from home.cache import PrivateForSignedInMixin, shared_cached
from home.search.registry import STEMS_FIELD, StemmedSearchMixin

from ..access import lesson_access_denied
from ..blocks import LessonStreamBlock
from ..catalogue import catalogue_context
from ..checks import CHECK_BLOCK
from ..forms import CoursePageForm
from ..offline import offline_files
from ..progress import course_page_context, lesson_page_context
from ..views import answer_check, complete_lesson, start_course


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(PrivateForSignedInMixin, Page):
    """The catalogue: every module of this language, grouped by track."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def live_courses(self):
        return CoursePage.objects.live().child_of(self).order_by("path")

    def live_lessons_by_course(self, courses):
        return live_lessons_by_course(courses)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, self))
        return context


class CoursePage(StemmedSearchMixin, PrivateForSignedInMixin, RoutablePageMixin, Page):
    """A module of a track: its overview, and its lessons as child pages."""

    track = models.ForeignKey(
        "home.Track",
        verbose_name=_("track"),
        null=True,
        on_delete=models.PROTECT,
        related_name="courses",
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in the catalogue.")
    )
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        blank=True,
        features=["bold", "italic", "ul"],
        help_text=_("A list: what a member will be able to do after the module."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=60, help_text=_("Reading and tasks together.")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    hours = models.PositiveSmallIntegerField(
        _("hours of study"), null=True, blank=True, help_text=_("Printed on the certificate.")
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Reads the members' reflections on this module and gives feedback."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_(
            "Lessons open only to signed-in Club members. Visitors still see this overview "
            "and are asked to sign in."
        ),
    )
    lessons_in_order = models.BooleanField(
        _("lessons in order"),
        default=False,
        help_text=_("A lesson opens once the member has completed the one before it."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("finish these courses first"),
        help_text=_("Members can make progress in this course once they have completed these."),
    )

    content_panels = Page.content_panels + [
        HelpPanel(
            content=_(
                "A module of one track. Add its lessons as child pages (their order in the "
                "page tree is the order members follow). Translate with “Translate” after "
                "publishing the Kyrgyz version."
            )
        ),
        FieldPanel("track"),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("hours"), FieldPanel("level")]),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("mentor"), FieldPanel("members_only")], heading=_("Mentor and access")
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Pace the course with the Club's online sessions: set the opening "
                        "date of each lesson on the lesson itself."
                    )
                ),
                FieldPanel("lessons_in_order"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Pacing"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.FilterField("members_only"),
        STEMS_FIELD,
    ]
    stemmed_fields = ("summary", "learning_outcomes")

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_sitemap_urls(self, request=None):
        return [] if self.members_only else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(request, self))
        return context

    @path("")
    def overview(self, request):
        return self.render(request)

    def live_lessons(self):
        """Its live lessons in tree order, the same for everyone: one query per site generation,
        kept without their bodies and unpickled in the process (read-only)."""
        return shared_cached("course-lessons", [self.pk], self._live_lessons, in_process=True)

    def _live_lessons(self):
        return list(self.live_lessons_with_bodies().defer_streamfields())

    def live_lessons_with_bodies(self):
        """Uncached, for what reads every lesson's content (the offline save list)."""
        return LessonPage.objects.live().child_of(self).order_by("path")

    def prerequisite_courses(self):
        """The live courses to finish first, in this course's language where translated.

        Editors may set them on any language version (usually the Kyrgyz source): every
        version counts. One query per site generation.
        """
        return shared_cached("course-prerequisites", [self.pk], self._prerequisite_courses)

    def _prerequisite_courses(self):
        required = CoursePage.objects.filter(required_by__translation_key=self.translation_key)
        pages = (
            CoursePage.objects.live()
            .filter(translation_key__in=Subquery(required.values("translation_key")))
            .defer_streamfields()
            .order_by("path")
        )
        chosen = {}
        for page in pages:
            current = chosen.get(page.translation_key)
            if current is None or page.locale_id == self.locale_id:
                chosen[page.translation_key] = page
        return list(chosen.values())

    @path("start/")
    def start(self, request):
        return start_course(request, self)

    @path("offline/")
    def offline(self, request):
        return offline_files(request, self)


class LessonPage(StemmedSearchMixin, PrivateForSignedInMixin, RoutablePageMixin, Page):
    """A lesson: reading, media, a practical task and reflection questions."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=20)
    opens_on = models.DateField(
        _("opens on"),
        null=True,
        blank=True,
        help_text=_("Members can complete the lesson from this day, e.g. the day of the session."),
    )
    opens_after_days = models.PositiveSmallIntegerField(
        _("opens days after she starts the course"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(365)],
        help_text=_("For example 30: the lesson opens a month after she started the course."),
    )
    check_required = models.BooleanField(
        _("passing the knowledge check is required"),
        default=False,
        help_text=_("Members complete the lesson only after passing its knowledge checks."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of questions to answer right to pass a knowledge check."),
    )
    handout = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("handout"),
        help_text=_(
            "A printable one-page summary of the lesson that members download. Replace it "
            "with your own document at any time."
        ),
    )

    # Each language has its own handout: a translation keeps the one editors chose for it.
    override_translatable_fields = [SynchronizedField("handout", overridable=True)]

    content_panels = Page.content_panels + [
        HelpPanel(
            content=_(
                "End a lesson with a practical task and a reflection prompt: members do the task "
                "in their municipality, then answer the questions for their mentor."
            )
        ),
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("handout"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_on"), FieldPanel("opens_after_days")])],
            heading=_("Opening"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("check_required"), FieldPanel("pass_mark")])],
            heading=_("Knowledge check"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        STEMS_FIELD,
    ]
    stemmed_fields = ("intro", "body")

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self):
        """The parent course (None for an orphan preview): the one Wagtail's routing
        loaded, else one query per site generation."""
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, CoursePage):
            return parent
        return shared_cached("lesson-course", [self.pk, self.path], self._course)

    def _course(self):
        parent_path = self.path[: -self.steplen]
        return CoursePage.objects.filter(path=parent_path).select_related("locale").first()

    def clean(self):
        super().clean()
        kinds = {block.block_type for block in self.body or []}
        if self.check_required and CHECK_BLOCK not in kinds:
            raise ValidationError(
                {"check_required": _("Add a knowledge check to the lesson, or untick this box.")}
            )

    def get_sitemap_urls(self, request=None):
        # home.sitemaps has already left out the lessons of members-only courses in SQL (the
        # lesson is marked `members_only_screened`): no query per lesson there.
        screened = getattr(self, "members_only_screened", False)
        if not screened and (self.course is None or self.course.members_only):
            return []
        return super().get_sitemap_urls(request)

    def serve(self, request, view=None, args=None, kwargs=None):
        denied = lesson_access_denied(request, self)
        if denied is not None:
            return denied
        return super().serve(request, view=view, args=args, kwargs=kwargs)

    def get_context(self, request, *args, submission=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(request, self, submission))
        return context

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/")
    def complete(self, request):
        return complete_lesson(request, self)

    @path("check/")
    def check_answers(self, request):
        return answer_check(request, self)

    @path("reflection/")
    def reflection(self, request):
        return lesson_reflection(request, self)


def live_lessons_by_course(courses):
    """The live lessons of several courses in one query, keyed by the course's path."""
    result = {course.path: [] for course in courses}
    if not courses:
        return result
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = LessonPage.objects.live().filter(condition).defer_streamfields().order_by("path")
    for lesson in lessons:
        result[lesson.path[: -Page.steplen]].append(lesson)
    return result
