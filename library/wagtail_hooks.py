"""Admin of the library (library tags with their names in every language); document access."""

from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .documents import refused_by_group_restriction
from .models import LibraryTag


class LibraryTagViewSet(SnippetViewSet):
    model = LibraryTag
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
        response = TemplateResponse(request, "library/members_only.html", status=403)
        add_never_cache_headers(response)
        return response
    return None
