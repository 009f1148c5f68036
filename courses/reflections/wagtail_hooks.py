"""Admin menu, admin URLs, the member dashboard panel and the privacy export."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .panels import dashboard_panel, export_member_data
from .scope import can_view_reports, is_reviewer


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return is_reviewer(request.user)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("club/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("Reflections to review"),
        reverse("reflections_review:index"),
        name="reflections-review",
        icon_name="comment",
        order=250,
    )


@hooks.register("register_reports_menu_item")
def register_course_report():
    return ReportMenuItem(
        _("Progress per course"),
        reverse("reflections_reports:courses"),
        name="progress-per-course",
        icon_name="table",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_member_report():
    return ReportMenuItem(
        _("Progress per member"),
        reverse("reflections_reports:members"),
        name="progress-per-member",
        icon_name="user",
        order=110,
    )


@hooks.register("register_reports_menu_item")
def register_oblast_report():
    return ReportMenuItem(
        _("Progress per oblast"),
        reverse("reflections_reports:oblasts"),
        name="progress-per-oblast",
        icon_name="site",
        order=120,
    )


hooks.register("register_member_dashboard_panel", dashboard_panel)
hooks.register("register_member_data_export", export_member_data)
