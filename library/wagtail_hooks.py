"""Admin of the library (library tags with their names in every language); document access."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_input import IdSnippetChooserViewSet
from home.members.access import members_only_page
from home.search.registry import SEARCH_KIND_HOOK, SearchKind

from . import demo
from .documents import refused_by_group_restriction
from .listing import tag_cloud
from .models import MEMBERS_ONLY_ITEM, LibraryIndexPage, LibraryItemPage, LibraryTag, public_items


class LibraryTagViewSet(SnippetViewSet):
    model = LibraryTag
    chooser_viewset_class = IdSnippetChooserViewSet
    icon = "tag"
    menu_label = _("Library tags")
    add_to_admin_menu = False
    list_display = [
        "name",
        "name_ky",
        "name_ru",
        "name_en",
        "slug",
        Column("item_count", label=_("Items")),
    ]
    search_fields = ["name", "name_ky", "name_ru", "name_en"]
    list_export = ["name", "name_ky", "name_ru", "name_en", "slug"]
    ordering = ["name"]

    def get_queryset(self, request):
        return LibraryTag.objects.annotate(item_count=Count("tagged_library_items"))


register_snippet(LibraryTagViewSet)


@hooks.register("before_serve_document", order=-1)
def refuse_restricted_documents_to_outsiders(document, request):
    """A signed-in account outside the Club gets a clear "members only" page.

    Runs before Wagtail's own check, which would send her to the sign-in page again.
    """
    if refused_by_group_restriction(document, request):
        return members_only_page(request, MEMBERS_ONLY_ITEM)
    return None


# `manage.py seed_demo`: the library, tagged with the courses' tracks.
hooks.register("register_demo_seeder", demo.seed, order=40)


def _tag_suggestions(locale):
    """The tags of the public items of `locale`'s library, each leading to the library
    filtered by it."""
    library = LibraryIndexPage.objects.live().public().filter(locale=locale).first()
    if library is None:
        return []
    url = library.get_url()
    return [(tag.label, f"{url}?tag={tag.slug}") for tag in tag_cloud(public_items(library))]


@hooks.register(SEARCH_KIND_HOOK)
def library_in_search():
    return SearchKind(
        "library",
        _("Library"),
        LibraryItemPage,
        order=30,
        summary_field="summary",
        suggestions_heading=_("Library tags"),
        suggestions=_tag_suggestions,
    )
