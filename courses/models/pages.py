"""The course pages: CourseIndexPage (catalogue) > CoursePage (module) > LessonPage."""

from django.conf import settings
from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import LessonStreamBlock


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class NeverCachedForSignedInMixin:
    """A signed-in member sees her own progress (and members-only lessons) on these pages:
    her copy must never be stored by a browser's or a proxy's shared cache."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response


class CourseIndexPage(NeverCachedForSignedInMixin, Page):
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

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, self))
        return context


class CoursePage(NeverCachedForSignedInMixin, RoutablePageMixin, Page):
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
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("level")]),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("mentor"), FieldPanel("members_only")], heading=_("Mentor and access")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.FilterField("members_only"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_sitemap_urls(self, request=None):
        return [] if self.members_only else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(request, self))
        return context

    @path("")
    def overview(self, request):
        return self.render(request)

    @path("start/")
    def start(self, request):
        from ..views import start_course

        return start_course(request, self)


class LessonPage(NeverCachedForSignedInMixin, RoutablePageMixin, Page):
    """A lesson: reading, media, a practical task and reflection questions."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=20)

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
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self):
        """The parent course, in one query (None for an orphan preview)."""
        parent_path = self.path[: -self.steplen]
        return CoursePage.objects.filter(path=parent_path).select_related("locale").first()

    def get_sitemap_urls(self, request=None):
        # home.sitemaps has already left out the lessons of members-only courses in SQL (the
        # lesson is marked `members_only_screened`): no query per lesson there.
        screened = getattr(self, "members_only_screened", False)
        if not screened and (self.course is None or self.course.members_only):
            return []
        return super().get_sitemap_urls(request)

    def serve(self, request, view=None, args=None, kwargs=None):
        from ..access import lesson_access_denied

        denied = lesson_access_denied(request, self)
        if denied is not None:
            return denied
        return super().serve(request, view=view, args=args, kwargs=kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..progress import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(request, self))
        return context

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/")
    def complete(self, request):
        from ..views import complete_lesson

        return complete_lesson(request, self)

    @path("reflection/")
    def reflection(self, request):
        from courses.reflections.views import lesson_reflection

        return lesson_reflection(request, self)
