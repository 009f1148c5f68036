"""The innovations library: tagged practices, cases, methods and toolkits in three languages."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.cache import PrivateForSignedInMixin, shared_cached
from home.members.access import is_club_member, members_only_refusal
from home.members.choices import Oblast
from home.search.registry import STEMS_FIELD, StemmedSearchMixin

from .blocks import LibraryBodyBlock, ResourcesBlock
from .documents import restricted_to_groups
from .feeds import LibraryFeed
from .listing import build_listing, item_context
from .tagging import Kind, LibraryItemTag, LibraryTag

__all__ = ["Kind", "LibraryIndexPage", "LibraryItemPage", "LibraryItemTag", "LibraryTag"]


def tracks_in_default_language():
    """Editors pick the Kyrgyz tracks; every translation of an item shares them."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


MEMBERS_ONLY_ITEM = _(
    "This item of the library is open to members of the Club only. If you are a member, "
    "ask the Club's editors to add your account to the Club."
)


class LibraryIndexPage(PrivateForSignedInMixin, RoutablePageMixin, Page):
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
        return visible_items(request, self)

    def public_items(self):
        return public_items(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(build_listing(self, request))
        return context

    @path("feed/")
    def feed(self, request):
        return LibraryFeed(self)(request)


class LibraryItemPage(StemmedSearchMixin, PrivateForSignedInMixin, Page):
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
        STEMS_FIELD,
    ]
    stemmed_fields = ("summary", "body", "source", "municipality", "tag_names")
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
            return members_only_refusal(request, MEMBERS_ONLY_ITEM)
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        if self.members_only:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        library = shared_cached(  # the same for everyone: no query for it on each view
            "library-of-item", [self.pk, self.path], lambda: self.get_parent().specific
        )
        context.update(item_context(self, request, library, visible_items(request, library)))
        return context


def public_items(library):
    """Live items under `library` open to everyone: what visitors and the feed see (not the
    members-only ones, nor those an editor made private in Wagtail's privacy settings)."""
    return LibraryItemPage.objects.live().descendant_of(library).filter(members_only=False).public()


def visible_items(request, library):
    """Live items under `library` that this visitor may see."""
    if is_club_member(request.user):
        return LibraryItemPage.objects.live().descendant_of(library)
    return public_items(library)
