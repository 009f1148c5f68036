"""Wagtail admin: what waits in the outbox or failed, and the retry action.

Listing needs "Can view outgoing message", retrying "Can retry an outgoing message", both
grantable in Settings → Groups. The body of a message (a set-password link, perhaps) is never
shown.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import delivery
from .models import Message
from .tasks import enqueue


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Rows are made by the site only: editors may view and retry, never add, edit or delete."""

    ACTIONS = ("view", "retry")

    def user_has_permission(self, user, action):
        return action in self.ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.ACTIONS])


register_permission_policy(Message, OutboxPermissionPolicy(Message), exact_class=True)


class MessageFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Message.Status.choices)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Message.Channel.choices)

    class Meta:
        model = Message
        fields = ["status", "channel"]


class OutboxIndexView(IndexView):
    def can_retry(self):
        return self.permission_policy.user_has_permission(self.request.user, "retry")

    @property
    def header_buttons(self):
        if (
            not self.can_retry()
            or not Message.objects.filter(status=Message.Status.FAILED).exists()
        ):
            return []
        url = reverse("outbox:retry") + "?all=failed"
        return [HeaderButton(_("Retry all failed"), url=url, icon_name="resubmit")]

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.status != Message.Status.SENT and self.can_retry():
            url = reverse("outbox:retry") + f"?id={instance.pk}"
            buttons.insert(0, ListingButton(_("Retry"), url=url, icon_name="resubmit"))
        return buttons


class RetryView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST sends the chosen messages again now."""

    template_name = "outbox/retry.html"
    page_title = _("Retry sending")
    policy = None

    def dispatch(self, request, *args, **kwargs):
        if not self.policy.user_has_permission(request.user, "retry"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def chosen(self):
        data = self.request.GET  # the confirmation form posts to the same query
        queryset = Message.objects.exclude(status=Message.Status.SENT)
        if data.get("all") == "failed":
            return queryset.filter(status=Message.Status.FAILED)
        message_id = data.get("id", "")
        return queryset.filter(pk=int(message_id)) if message_id.isdigit() else queryset.none()

    def get_context_data(self, **kwargs):
        chosen = self.chosen()
        return super().get_context_data(
            chosen=chosen.order_by("-created_at")[:20],
            total=chosen.count(),
            query=self.request.GET.urlencode(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        ids = delivery.retry(self.chosen())
        enqueue(ids)
        messages.success(
            request,
            ngettext(
                "%(count)d message queued again.", "%(count)d messages queued again.", len(ids)
            )
            % {"count": len(ids)},
        )
        return redirect("outbox:index")


class OutboxViewSet(ModelViewSet):
    model = Message
    name = "outbox"
    url_prefix = "outbox"
    icon = "mail"
    menu_label = _("Outbox")
    add_to_admin_menu = False
    index_view_class = OutboxIndexView
    filterset_class = MessageFilterSet
    list_display = [
        "recipient",
        "subject",
        "channel",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
    ]
    search_fields = ["recipient", "subject"]
    form_fields = []  # never edited: the policy allows no "change"
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_urlpatterns(self):
        retry = RetryView.as_view(policy=self.permission_policy)
        return [*super().get_urlpatterns(), path("retry/", retry, name="retry")]
