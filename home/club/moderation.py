"""Moderation in the admin: who may do it, what a decision changes, and its log.

Every decision is written to Wagtail's log (ModelLogEntry): it appears in the object's history
and in Reports → Site history. Moderators list and change; nobody adds, copies or deletes a
member's post from the admin.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from home.permissions import may

from .access import MODERATE_INITIATIVE, MODERATE_POST
from .models import Initiative, Report, ReportStatus

MODERATOR_ACTIONS = {"change", "view"}

# (action, label, message) for the register_log_actions hook.
LOG_ACTIONS = [
    ("club.feature", _("Feature"), _("Featured in the Club")),
    ("club.unfeature", _("Stop featuring"), _("No longer featured")),
    ("club.hide", _("Hide from the Club"), _("Hidden from the Club's members")),
    ("club.unhide", _("Show in the Club again"), _("Shown to the Club's members again")),
    ("club.report.hide", _("Report: post hidden"), _("Report decided: the post is hidden")),
    ("club.report.keep", _("Report: post kept"), _("Report decided: the post is kept")),
]


class ModerationPolicy(ModelPermissionPolicy):
    """One permission lets a moderator list and change these objects; nothing else."""

    def __init__(self, model, permission):
        super().__init__(model)
        self.permission = permission

    def user_has_permission(self, user, action):
        return action in MODERATOR_ACTIONS and may(user, self.permission)

    def users_with_any_permission(self, actions):
        if not MODERATOR_ACTIONS & set(actions):
            return get_user_model().objects.none()
        codename = self.permission.split(".")[1]
        return self._get_users_with_any_permission_codenames([codename])


MODERATION_POLICIES = [
    (Initiative, ModerationPolicy(Initiative, MODERATE_INITIATIVE)),
    (Report, ModerationPolicy(Report, MODERATE_POST)),
]


def log_initiative_changes(initiative, changed, user):
    """One log entry per switch a moderator turned: featured, hidden."""
    if "featured" in changed:
        log(initiative, "club.feature" if initiative.featured else "club.unfeature", user=user)
    if "hidden" in changed:
        log(initiative, "club.hide" if initiative.hidden else "club.unhide", user=user)


def reports_on_same_post(report):
    return Report.objects.filter(content_type_id=report.content_type_id, object_id=report.object_id)


def decide_report(report, user, decision, note=""):
    """Hide or keep the reported post; every open report on the same post is decided with it."""
    hide = decision == ReportStatus.HIDDEN
    now = timezone.now()
    with transaction.atomic():
        post = report.target
        if post is not None and post.set_hidden(hide):
            log(post, "club.hide" if hide else "club.unhide", user=user)
        reports_on_same_post(report).filter(status=ReportStatus.OPEN).exclude(pk=report.pk).update(
            status=decision, handled_by=user, handled_at=now
        )
        report.status, report.note = decision, note
        report.handled_by, report.handled_at = user, now
        report.save()
        log(report, "club.report.hide" if hide else "club.report.keep", user=user)
    return report
