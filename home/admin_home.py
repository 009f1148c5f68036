"""The admin home: what waits for each person, one panel per app that owns the data.

Apps add a `WaitingPanel` through Wagtail's `construct_homepage_panels` hook when the person's
permissions allow (home never imports the apps built on it). Each line says how many things
wait, and since when, and links to the list that resolves them. This module also adds the
editors' translations panel and leaves out Wagtail's page panels for people who edit no page.
"""

from dataclasses import dataclass

from django.db.models import Count, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views.report import TranslationsReportView

from .permissions import may

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
# Wagtail's own panels about the pages a person edited or locked: empty without page rights.
PAGE_PANELS = {"recent_edits", "locked_pages"}


@dataclass
class Line:
    text: str
    url: str = ""
    link: str = ""
    items: tuple = ()  # (label, url) pairs shown under the line, e.g. a few names
    count: int = 0


class WaitingPanel(Component):
    """A dashboard panel of lines: what waits for her, each with the link that resolves it."""

    template_name = "home/admin/waiting_panel.html"

    def __init__(self, name, heading, lines, order=100):
        self.name = name
        self.heading = heading
        self.lines = [line for line in lines if line]
        self.order = order

    @property
    def panel_id(self):
        return self.name.replace("_", "-")

    def get_context_data(self, parent_context):
        return {"panel": self}


def waiting_since(oldest, now=None):
    """ "3 days, 4 hours": how long the oldest thing has waited, in the admin's language."""
    return timesince(oldest, now or timezone.now(), depth=2)


def count_line(waiting, since_field, sentence, nothing, url, link):
    """ "N things wait; the oldest for 3 days." (or `nothing`), linking to their list.

    `waiting` is counted in one query, with the oldest of its `since_field` (None: no "since").
    `sentence` is an `ngettext_lazy(..., "count")` with %(count)s and %(since)s."""
    oldest = {"oldest": Min(since_field)} if since_field else {}
    found = waiting.aggregate(total=Count("pk"), **oldest)
    if not found["total"]:
        return Line(str(nothing), url, str(link))
    since = waiting_since(found["oldest"]) if found.get("oldest") else ""
    text = sentence % {"count": found["total"], "since": since}
    return Line(text, url, str(link), count=found["total"])


def translations_panel(user):
    """Translations with strings still to translate (new or changed in their source): one
    count, the same the Translations report lists under "Waiting for translations"."""
    if not may(user, SUBMIT_TRANSLATION):
        return None
    waiting = TranslationsReportView().get_queryset().filter(waiting_for_translation=True)
    line = count_line(
        waiting,
        None,
        ngettext_lazy(
            "%(count)s translation has strings waiting to be translated.",
            "%(count)s translations have strings waiting to be translated.",
            "count",
        ),
        _("Every translation is up to date."),
        reverse("wagtail_localize:translations_report") + "?waiting_for_translation=true",
        _("Open the Translations report"),
    )
    return WaitingPanel("club_translations", _("Translations"), [line], order=70)


def panel_hook(build):
    """A `construct_homepage_panels` hook adding `build(user)`'s panel, when there is one."""

    def add_panel(request, panels):
        panel = build(request.user)
        if panel is not None:
            panels.append(panel)

    return add_panel


def edits_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def leave_out_page_panels(request, panels):
    """Wagtail's panels of her edited and locked pages, for people who edit no page: always
    empty, yet each costs queries."""
    if not edits_pages(request.user):
        panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in PAGE_PANELS]
