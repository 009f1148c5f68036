"""Admin → Packages: the library of SCORM and H5P packages (like images and documents)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_input import IdSnippetChooserViewSet

from . import demo
from .forms import PackageForm
from .models import LearningPackage
from .privacy import export_package_attempts


class PackageViewSet(SnippetViewSet):
    model = LearningPackage
    chooser_viewset_class = IdSnippetChooserViewSet
    icon = "media"
    menu_label = _("Packages")
    menu_order = 350
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("kind", accessor="get_kind_display", label=_("kind")),
        Column("language", label=_("language")),
        Column("collection", label=_("collection")),
        DateColumn("created_at", label=_("uploaded at")),
    ]
    list_filter = ["kind", "language", "collection"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("language"),
            FieldPanel("collection"),
            FieldPanel("package_file"),
        ],
        base_form_class=PackageForm,
    )


register_snippet(PackageViewSet)

# `manage.py seed_demo`: the demo SCORM activity, after the courses exist.
hooks.register("register_demo_seeder", demo.seed, order=25)
hooks.register("register_member_data_export", export_package_attempts)
