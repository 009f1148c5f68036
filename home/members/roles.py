"""The Club's four groups: their names, and the one table of what each is granted.

Code checks permissions, never these names. The names place people in a group (an approved
applicant joins MEMBERS, the demo accounts theirs). GROUP_PERMISSIONS is what a fresh
install gives each group; afterwards Settings → Groups decides, so the table is applied by
data migrations (once per database), never on every `migrate`: a permission an administrator
took away stays away. An app that adds a permission lists it here and grants it with a data
migration calling `grant(apps, [(app_label, codename), ...])`; which groups get it is read here.
(Editors' page and collection permissions are Wagtail's per-object kind: members 0005.)
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.utils.translation import pgettext_lazy

MEMBERS = "Members"
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

CLUB_GROUPS = (MEMBERS, MENTORS, EDITORS, REGIONAL_COORDINATORS)

#: What editors read for each group in Settings → Groups and on a user's form: the stored
#: name stays the one above, whatever the admin language.
GROUP_LABELS = {
    MEMBERS: pgettext_lazy("group", "Members"),
    MENTORS: pgettext_lazy("group", "Mentors"),
    EDITORS: pgettext_lazy("group", "Editors"),
    REGIONAL_COORDINATORS: pgettext_lazy("group", "Regional coordinators"),
}


def group_label(group):
    """A group's name in the admin's language (a group editors added keeps its own name)."""
    return str(GROUP_LABELS.get(group.name, group.name))


def _crud(app_label, model, actions=("add", "change", "delete", "view")):
    return [(app_label, f"{action}_{model}") for action in actions]


_SIGNED_IN = [("members", "club_member")]
_STAFF = [*_SIGNED_IN, ("wagtailadmin", "access_admin"), ("reflections", "review_reflection")]
_MANAGE_CIRCLES = _crud("circles", "circle")

#: Group → permissions (app label, codename) a fresh install gives it. Labels, not imports:
#: an app that is not installed is skipped.
GROUP_PERMISSIONS = {
    MEMBERS: _SIGNED_IN,
    MENTORS: [
        *_STAFF,
        ("reflections", "view_progress_reports"),
        ("club", "moderate_initiative"),
        ("circles", "view_circle"),
    ],
    REGIONAL_COORDINATORS: [
        *_STAFF,
        ("reflections", "view_progress_reports"),
        ("members", "view_memberprofile"),
        ("members", "view_membershipapplication"),
        ("club", "moderate_initiative"),
        *_MANAGE_CIRCLES,
    ],
    EDITORS: [
        *_STAFF,
        ("reflections", "view_progress_reports"),
        ("members", "view_all_members"),
        ("wagtail_localize", "submit_translation"),
        *_crud("members", "memberprofile", ("add", "change", "view")),
        *_crud("members", "membershipapplication", ("change", "view")),
        *_crud("members", "oblastassignment"),
        *_crud("home", "track"),
        *_crud("courses", "certificate", ("change", "view")),
        *_crud("packages", "learningpackage"),
        *_crud("library", "librarytag"),
        *_crud("news", "eventregistration", ("change", "delete", "view")),
        *_crud("news", "subscription", ("change", "delete", "view")),
        *_crud("news", "newsletterissue", ("add", "change", "delete", "view", "send")),
        ("club", "moderate_initiative"),
        ("club", "moderate_post"),
        *_MANAGE_CIRCLES,
        ("outbox", "view_message"),
        ("outbox", "retry_message"),
    ],
}


def grant(apps, permissions):
    """Give the Club groups the table's share of `permissions` ((app label, codename) pairs)
    in a data migration (`apps`: its historical registry). Idempotent: only adds what is
    missing; creates the permissions first, as Django would only after the last migration."""
    installed = {config.label for config in global_apps.get_app_configs()}
    wanted = {tuple(pair) for pair in permissions if pair[0] in installed}
    for app_label in sorted({label for label, _codename in wanted}):
        create_permissions(global_apps.get_app_config(app_label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, granted in GROUP_PERMISSIONS.items():
        mine = [pair for pair in granted if pair in wanted]
        if mine:
            group, _created = Group.objects.get_or_create(name=group_name)
            group.permissions.add(
                *(
                    Permission.objects.get(content_type__app_label=label, codename=codename)
                    for label, codename in mine
                )
            )
