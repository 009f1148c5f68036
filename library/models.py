"""The innovations library: tagged practices, cases, methods and toolkits in three languages."""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.members.access import is_club_member
from home.members.choices import Oblast

from .blocks import LibraryBodyBlock, ResourcesBlock
from .documents import restricted_to_groups


def tracks_in_default_language():
    """Editors pick the Kyrgyz tracks; every translation of an item shares them."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


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


class LibraryIndexPage(RoutablePageMixin, Page):
    """The library of one language: filters, search, tag cloud and the list of items."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["library.LibraryItemPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("library index")
        verbose_name_plural = _("library indexes")

    def items_for(self, request):
        """Live items of this library that the visitor may see."""
        items = LibraryItemPage.objects.live().descendant_of(self)
        if not is_club_member(request.user):
            items = items.filter(members_only=False).public()
        return items

    def get_context(self, request, *args, **kwargs):
        from .listing import build_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(build_listing(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if is_club_member(request.user):
            # The list holds members-only items: never store it in a shared cache.
            patch_cache_control(response, private=True)
        return response

    @path("feed/")
    def feed(self, request):
        from .feeds import LibraryFeed

        return LibraryFeed(self)(request)


class LibraryItemPage(Page):
    """A practice, case, method, toolkit, video or report that members can reuse."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PRACTICE)
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown in lists and search results.")
    )
    body = StreamField(LibraryBodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=LibraryItemTag, blank=True, verbose_name=_("tags"), related_name="library_items"
    )
    tracks = ParentalManyToManyField(
        "home.Track",
        blank=True,
        related_name="library_items",
        verbose_name=_("tracks"),
        limit_choices_to=tracks_in_default_language,
    )
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices, blank=True)
    municipality = models.CharField(
        _("municipality"),
        max_length=150,
        blank=True,
        help_text=_("The aiyl aimak, town or district where it happened."),
    )
    source = models.CharField(_("source or author"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1991), MaxValueValidator(2100)],
    )
    resources = StreamField(
        ResourcesBlock(),
        blank=True,
        verbose_name=_("documents and links"),
    )
    members_only = models.BooleanField(
        _("Club members only"),
        default=False,
        help_text=_(
            "Hidden from visitors who are not signed in as Club members: not listed, "
            "not found by search, not in the feed or the sitemap."
        ),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("resources"),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                FieldPanel("tracks", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("oblast"), FieldPanel("municipality")]),
                FieldRowPanel([FieldPanel("source"), FieldPanel("year")]),
            ],
            heading=_("Where it comes from"),
        ),
        FieldPanel("members_only"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("source"),
        index.SearchField("municipality"),
        index.SearchField("tag_names"),
        index.FilterField("kind"),
        index.FilterField("oblast"),
        index.FilterField("members_only"),
        index.FilterField("year"),
    ]
    override_translatable_fields = [
        SynchronizedField("tracks"),
        TranslatableField("municipality"),
        TranslatableField("source"),
    ]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("library item")
        verbose_name_plural = _("library items")

    def clean(self):
        super().clean()
        if self.members_only:
            open_documents = [
                block.value["document"].title
                for block in self.resources
                if block.block_type == "document"
                and block.value["document"] is not None
                and not restricted_to_groups(block.value["document"])
            ]
            if open_documents:
                raise ValidationError(
                    {
                        "resources": _(
                            "This item is for Club members only, but anyone can download "
                            "these documents: %(titles)s. Move them to the “Members only” "
                            "collection first."
                        )
                        % {"titles": ", ".join(open_documents)}
                    }
                )

    def tag_names(self):
        """The names of the item's tags in every language, for the search index.

        Indexed again when the item is published or a tag is renamed (library/indexing.py).
        """
        names = set()
        for tag in LibraryTag.objects.filter(tagged_library_items__content_object_id=self.pk):
            names.update({tag.name, tag.name_ky, tag.name_ru, tag.name_en})
        return " ".join(sorted(name for name in names if name))

    def visible_to(self, user):
        return not self.members_only or is_club_member(user)

    def serve(self, request, *args, **kwargs):
        if not self.visible_to(request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            response = TemplateResponse(
                request, "library/members_only.html", {"page": self}, status=403
            )
            return response
        response = super().serve(request, *args, **kwargs)
        if self.members_only:
            patch_cache_control(response, private=True)
        return response

    def get_sitemap_urls(self, request=None):
        if self.members_only:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from .listing import item_context

        context = super().get_context(request, *args, **kwargs)
        context.update(item_context(self, request))
        return context
