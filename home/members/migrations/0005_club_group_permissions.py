"""The Club's four groups get the base layer's permissions.

Code checks these permissions, never group names, so an AMUCA administrator can give any
group (new or old) any of them in Settings → Groups. Earlier data migrations that granted
permissions piecemeal are now no-ops. Idempotent: only adds what is missing.

Until issue 28 this migration also granted the feature apps' permissions and so depended on
courses, reflections, library and news migrations (the base layer depending on features).
Those grants moved, unchanged, into each app's own migration (courses 0008, reflections
0010, library 0007, news 0005), which grant them on a new database only, after this one
(home/members/migration_grants.py); the dependencies went with them. Removing a
dependency keeps every applied database consistent (no applied migration gains an
unapplied parent), and on a new database nothing here needs a feature app's tables.

Coordinators' oblasts used to be read from their own profile, which they could edit; each
existing coordinator keeps what she followed as an editor-made assignment (to be reviewed by
editors under Club members → Coordinators' oblasts).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from home.members.migration_grants import members_0005_runs
from home.members.roles import EDITORS, REGIONAL_COORDINATORS
from home.members.roles import grant as roles_grant


def _crud(app_label, model, actions=("add", "change", "delete", "view")):
    return [(app_label, f"{action}_{model}") for action in actions]


# The base layer's permissions; which groups get each is read from the one table,
# home/members/roles.py GROUP_PERMISSIONS.
BASE_PERMISSIONS = [
    ("members", "club_member"),
    ("wagtailadmin", "access_admin"),
    ("members", "view_memberprofile"),
    ("members", "view_all_members"),
    ("wagtail_localize", "submit_translation"),
    *_crud("members", "memberprofile", ("add", "change", "view")),
    *_crud("members", "membershipapplication", ("change", "view")),
    *_crud("members", "oblastassignment"),
    *_crud("home", "track"),
]
# Editors publish pages from the root and manage documents and images in every collection.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    *_crud("wagtaildocs", "document", ("add", "change", "delete", "choose")),
    *_crud("wagtailimages", "image", ("add", "change", "delete", "choose")),
]
APP_LABELS = [
    "members",
    "home",
    "wagtailadmin",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtail_localize",
]


def _permission(Permission, app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant(apps, schema_editor):
    roles_grant(apps, BASE_PERMISSIONS)
    for label in APP_LABELS:
        app_config = global_apps.get_app_config(label)
        create_permissions(app_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get(name=EDITORS)
    root_page = apps.get_model("wagtailcore", "Page").objects.filter(depth=1).first()
    if root_page:
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=root_page,
                permission=_permission(Permission, "wagtailcore", codename),
            )
    root_collection = apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()
    if root_collection:
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
        for pair in EDITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=root_collection,
                permission=_permission(Permission, *pair),
            )


def keep_coordinators_oblasts(apps, schema_editor):
    MemberProfile = apps.get_model("members", "MemberProfile")
    OblastAssignment = apps.get_model("members", "OblastAssignment")
    profiles = MemberProfile.objects.filter(user__groups__name=REGIONAL_COORDINATORS).exclude(
        oblast=""
    )
    for profile in profiles:
        OblastAssignment.objects.get_or_create(user_id=profile.user_id, oblast=profile.oblast)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_oblast_assignments_and_club_permissions"),
        ("home", "0003_track"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(members_0005_runs, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
        migrations.RunPython(keep_coordinators_oblasts, migrations.RunPython.noop),
    ]
