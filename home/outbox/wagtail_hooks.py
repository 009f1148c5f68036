"""The outbox in Settings (visible to whoever may view it) and its permissions in Groups."""

from django.contrib.auth.models import Permission
from wagtail import hooks

from home.admin_home import panel_hook

from . import delivery
from .admin_views import OutboxViewSet
from .home_panels import outbox_panel
from .xapi import export_statements, forget_statements

outbox_viewset = OutboxViewSet()


@hooks.register("register_admin_viewset")
def register_outbox_admin():
    return outbox_viewset


@hooks.register("register_settings_menu_item")
def register_outbox_menu_item():
    return outbox_viewset.get_menu_item()


@hooks.register("register_permissions")
def register_outbox_permissions():
    """Offer "view" and "retry" outgoing messages in Settings → Groups."""
    return Permission.objects.filter(
        content_type__app_label="outbox", codename__in=["view_message", "retry_message"]
    )


@hooks.register("register_scheduled_job")
def sweep_outbox(now):
    """The scheduler (`send_reminders`) also sends what a lost task left due, and prunes."""
    delivery.deliver_due()
    delivery.prune()


# The admin home: failed messages, for whoever may see the outbox.
hooks.register("construct_homepage_panels", panel_hook(outbox_panel))


# Her xAPI statements: in her data download; deleted (and never sent) with her account.
hooks.register("register_member_data_export", export_statements)
hooks.register("register_member_data_erasure", forget_statements)
