"""Create the Club's four groups with their permissions (names in home/members/roles.py).

Editors publish content in the Wagtail admin: pages (from the root), documents and images
(from the root collection), translations, and the members app's admin (applications and
member list). Mentors and Regional coordinators may enter the admin; the reflections and
reporting apps grant their own model permissions in their own migrations. Members have no
admin access at all.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

MEMBERS = "Members"
MENTORS = "Mentors"
EDITORS = "Editors"
REGIONAL_COORDINATORS = "Regional coordinators"

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
}
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("members", "view_memberprofile"),
    ("members", "add_memberprofile"),
    ("members", "change_memberprofile"),
    ("members", "view_membershipapplication"),
    ("members", "change_membershipapplication"),
]


def _permission(Permission, app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def create_groups(apps, schema_editor):
    for label in ("wagtailcore", "wagtaildocs", "wagtailimages", "wagtail_localize", "members"):
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    members, _ = Group.objects.get_or_create(name=MEMBERS)
    members.permissions.clear()

    access_admin = _permission(Permission, "wagtailadmin", "access_admin")
    for name in (MENTORS, REGIONAL_COORDINATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)

    # Wagtail's own initial data already made an "Editors" group: reuse it.
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    for app_label, codename in EDITOR_MODEL_PERMISSIONS:
        permission = _permission(Permission, app_label, codename)
        if permission:
            editors.permissions.add(permission)

    root_page = Page.objects.filter(depth=1).first()
    if root_page:
        for codename in PAGE_PERMISSIONS:
            permission = _permission(Permission, "wagtailcore", codename)
            if permission:
                GroupPagePermission.objects.get_or_create(
                    group=editors, page=root_page, permission=permission
                )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection:
        for app_label, codenames in MEDIA_PERMISSIONS.items():
            for codename in codenames:
                permission = _permission(Permission, app_label, codename)
                if permission:
                    GroupCollectionPermission.objects.get_or_create(
                        group=editors, collection=root_collection, permission=permission
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
