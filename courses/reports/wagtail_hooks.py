"""The progress reports in the admin: their URLs, their entries under Reports, their CSS.
(Loaded by courses/wagtail_hooks.py: Wagtail reads only apps' own wagtail_hooks modules.)"""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.reflections.scope import can_view_reports

from . import urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("club/", include(urls))]


@hooks.register("insert_global_admin_css")
def report_css():
    """The reports' tables and charts scroll inside their box on a narrow screen."""
    return format_html('<link rel="stylesheet" href="{}">', static("reflections/admin_reports.css"))


@hooks.register("register_reports_menu_item")
def register_course_report():
    return ReportMenuItem(
        _("Progress per course"),
        reverse("progress_reports:courses"),
        name="progress-per-course",
        icon_name="table",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_member_report():
    return ReportMenuItem(
        _("Progress per member"),
        reverse("progress_reports:members"),
        name="progress-per-member",
        icon_name="user",
        order=110,
    )


@hooks.register("register_reports_menu_item")
def register_oblast_report():
    return ReportMenuItem(
        _("Progress per oblast"),
        reverse("progress_reports:oblasts"),
        name="progress-per-oblast",
        icon_name="site",
        order=120,
    )


@hooks.register("register_reports_menu_item")
def register_funnel_report():
    return ReportMenuItem(
        _("Completion funnel"),
        reverse("progress_reports:funnel"),
        name="completion-funnel",
        icon_name="order-down",
        order=130,
    )


@hooks.register("register_reports_menu_item")
def register_question_report():
    return ReportMenuItem(
        _("Knowledge check questions"),
        reverse("progress_reports:questions"),
        name="knowledge-check-questions",
        icon_name="help",
        order=140,
    )


@hooks.register("register_reports_menu_item")
def register_package_report():
    return ReportMenuItem(
        _("Package results"),
        reverse("progress_reports:packages"),
        name="package-results",
        icon_name="media",
        order=145,
    )
