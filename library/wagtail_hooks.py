"""Admin of the library: library tags with their names in every language."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
