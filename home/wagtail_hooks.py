"""Admin for the base layer: the learning tracks, the admin home, the translation board."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_home, demo, translation_board
from .admin_input import IdSnippetChooserViewSet
from .models import Track
from .search import indexing


class TrackViewSet(SnippetViewSet):
    model = Track
    chooser_viewset_class = IdSnippetChooserViewSet
    icon = "list-ul"
    menu_label = _("Learning tracks")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "colour", "icon", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(TrackViewSet)

# `manage.py seed_demo`: home page, Club settings and the administrator: first of all.
hooks.register("register_demo_seeder", demo.seed, order=0)
# … and last: every searchable page indexed with its stems (no `update_index` needed).
hooks.register("register_demo_seeder", indexing.seed, order=1000)

# The admin home: the translations panel, and no empty page panels for people who edit none.
hooks.register("construct_homepage_panels", admin_home.leave_out_page_panels)
hooks.register("construct_homepage_panels", admin_home.panel_hook(admin_home.translations_panel))

# Reports → Translation status: every page and snippet in every language.
hooks.register("register_admin_urls", translation_board.admin_urls)
hooks.register("register_reports_menu_item", translation_board.menu_item)
